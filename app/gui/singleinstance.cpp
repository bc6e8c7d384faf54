#include "singleinstance.h"

#include "storage/databaselock.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace {
constexpr char request[] = "activate\n";
constexpr char reply[] = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_name(DatabaseLock::serverName(databasePath))
    , m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == request) {
                    socket->write(reply);
                    socket->flush();
                    emit activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::listen()
{
    // The caller holds the database's lock, so a socket left by a killed Shiken is stale.
    QLocalServer::removeServer(m_name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    return m_server->listen(m_name);
}

bool SingleInstance::activateRunning(const QString &databasePath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(DatabaseLock::serverName(databasePath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == reply;
}
