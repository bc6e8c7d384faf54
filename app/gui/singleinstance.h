#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QSocketNotifier;

// One window per database. The Shiken that holds the database's lock (DatabaseLock) listens
// on a local socket named after the database; a second Shiken started on the same database
// asks it to come to the front and leaves. The socket is a plain Unix-domain one (with a
// socket notifier on the event loop) so that start-up loads no network library.
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
    // A window still starting (the lock taken, the socket not yet made) is waited for.
    static bool activateRunning(const QString &databasePath, int timeoutMs = 3000);

signals:
    void activationRequested();

private:
    struct Client;

    void acceptClients();
    void readFrom(Client *client);

    QByteArray m_path;
    int m_listener = -1;
    QSocketNotifier *m_notifier = nullptr;
    std::vector<std::unique_ptr<Client>> m_clients;
};
