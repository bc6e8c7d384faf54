#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One window per database. The Shiken that holds the database's lock (DatabaseLock) listens
// on a local socket named after the database; a second Shiken started on the same database
// asks it to come to the front and leaves.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Starts answering later starts; false if the socket cannot be made.
    bool listen();
    // Asks the window that has the database open to come to the front; true when it answered.
    static bool activateRunning(const QString &databasePath, int timeoutMs = 3000);

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server;
};
