#include "singleinstance.h"

#include "storage/databaselock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
constexpr char request[] = "activate\n";
constexpr char reply[] = "ok\n";
constexpr qsizetype longestMessage = 64;

QByteArray socketPath(const QString &databasePath)
{
    return QFile::encodeName(QDir::temp().filePath(DatabaseLock::serverName(databasePath)));
}

// False when the path does not fit in a socket address.
bool address(const QByteArray &path, sockaddr_un *to)
{
    *to = {};
    to->sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof to->sun_path))
        return false;
    std::memcpy(to->sun_path, path.constData(), size_t(path.size()));
    return true;
}

bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        data += sent;
        size -= size_t(sent);
    }
    return true;
}
} // namespace

struct SingleInstance::Client
{
    int fd = -1;
    QSocketNotifier *notifier = nullptr;
    QByteArray received;
};

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath(databasePath))
{ }

SingleInstance::~SingleInstance()
{
    for (const auto &client : m_clients)
        ::close(client->fd);
    if (m_listener >= 0) {
        ::close(m_listener);
        ::unlink(m_path.constData());
    }
}

bool SingleInstance::listen()
{
    sockaddr_un to;
    if (m_listener >= 0 || !address(m_path, &to))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    // The caller holds the database's lock, so a socket left by a killed Shiken is stale.
    ::unlink(m_path.constData());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0
        || ::chmod(m_path.constData(), S_IRUSR | S_IWUSR) != 0 || ::listen(fd, 8) != 0) {
        ::close(fd);
        return false;
    }
    m_listener = fd;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SingleInstance::acceptClients);
    return true;
}

void SingleInstance::acceptClients()
{
    for (;;) {
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        auto client = std::make_unique<Client>();
        client->fd = fd;
        client->notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        Client *added = client.get();
        connect(client->notifier, &QSocketNotifier::activated, this,
                [this, added] { readFrom(added); });
        m_clients.push_back(std::move(client));
    }
}

void SingleInstance::readFrom(Client *client)
{
    char chunk[longestMessage];
    const ssize_t read = ::read(client->fd, chunk, sizeof chunk);
    if (read < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (read > 0) {
        client->received.append(chunk, read);
        if (!client->received.contains('\n') && client->received.size() < longestMessage)
            return;
    }
    // A whole line, the end of the connection or an error: answer if asked, then hang up.
    const bool asked = client->received == request;
    if (asked)
        sendAll(client->fd, reply, sizeof reply - 1);
    ::close(client->fd);
    client->notifier->setEnabled(false);
    client->notifier->deleteLater();
    std::erase_if(m_clients, [client](const auto &c) { return c.get() == client; });
    if (asked)
        emit activationRequested();
}

bool SingleInstance::activateRunning(const QString &databasePath, int timeoutMs)
{
    sockaddr_un to;
    if (!address(socketPath(databasePath), &to))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    while (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
        // No socket yet, or nobody listening on it: the window may be starting.
        if ((errno != ENOENT && errno != ECONNREFUSED && errno != EINTR) || deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    if (!sendAll(fd, request, sizeof request - 1))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < longestMessage) {
        pollfd readable {fd, POLLIN, 0};
        const int ready = ::poll(&readable, 1, int(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        char chunk[longestMessage];
        const ssize_t read = ::read(fd, chunk, sizeof chunk);
        if (read <= 0)
            return false;
        answer.append(chunk, read);
    }
    return answer == reply;
}
