#include "safefile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Planar {

namespace {

QString osReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool fail(QString *error, const QString &path, const QString &what, int osError)
{
    if (error) *error = QStringLiteral("%1: %2: %3").arg(path, what, osReason(osError));
    return false;
}

/** A temporary beside its target, fully written, flushed and closed; not yet renamed. */
struct Temporary {
    QByteArray name; // empty until created
    QByteArray target;
};

void removeTemporaries(const QList<Temporary> &temps)
{
    for (const Temporary &t : temps)
        if (!t.name.isEmpty()) ::unlink(t.name.constData());
}

/** Writes @p data to a new temporary next to @p path and makes it durable. */
bool writeTemporary(const QString &path, const QByteArray &data, Temporary *temp, QString *error)
{
    temp->target = QFile::encodeName(path);
    struct stat old {};
    mode_t mode = 0644;
    if (::lstat(temp->target.constData(), &old) == 0) {
        if (S_ISDIR(old.st_mode)) {
            if (error) *error = QStringLiteral("%1: is a folder, not a file").arg(path);
            return false;
        }
        // A planted symlink gives no permission bits to copy: the link itself is replaced.
        if (S_ISREG(old.st_mode)) mode = old.st_mode & 07777;
    }
    const QFileInfo info(path);
    // Long names are cut so that the temporary's own name stays within NAME_MAX.
    const QByteArray base = QFile::encodeName(info.fileName()).left(100);
    QByteArray pattern = QFile::encodeName(info.path()) + "/." + base + ".planar-XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // O_EXCL: never an existing file
    if (fd < 0)
        return fail(error, path, QStringLiteral("cannot create a temporary file beside it"), errno);
    temp->name = pattern;
    auto failAndClose = [&](const QString &what) {
        const int saved = errno;
        ::close(fd);
        ::unlink(temp->name.constData());
        temp->name.clear();
        return fail(error, path, what, saved);
    };
    if (::fchmod(fd, mode) != 0) return failAndClose(QStringLiteral("cannot set permissions"));
    const char *bytes = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, bytes, size_t(left));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO; // a write that makes no progress would loop forever
            return failAndClose(QStringLiteral("cannot write"));
        }
        bytes += n;
        left -= n;
    }
    // Delayed allocation reports a full disk only here, on tmpfs, NFS and ext4 alike.
    if (::fsync(fd) != 0) return failAndClose(QStringLiteral("cannot flush to disk"));
    if (::close(fd) != 0) {
        const int saved = errno;
        ::unlink(temp->name.constData());
        temp->name.clear();
        return fail(error, path, QStringLiteral("cannot close"), saved);
    }
    return true;
}

void syncFolderOf(const QByteArray &target)
{
    // The renames are durable only once the folder entry is; a failure here loses nothing.
    const QByteArray folder = QFile::encodeName(QFileInfo(QFile::decodeName(target)).path());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

bool SafeFile::write(const QString &path, const QByteArray &data, QString *error)
{
    return writeAll({{path, data}}, error);
}

bool SafeFile::writeAll(const QList<Pending> &files, QString *error)
{
    QList<Temporary> temps;
    for (const Pending &file : files) {
        Temporary temp;
        if (!writeTemporary(file.path, file.data, &temp, error)) {
            removeTemporaries(temps);
            return false;
        }
        temps.append(temp);
    }
    // rename() replaces the directory entry, so a symlink there is swapped for the new file
    // and whatever it pointed to stays as it was.
    for (qsizetype i = 0; i < temps.size(); ++i) {
        if (::rename(temps[i].name.constData(), temps[i].target.constData()) != 0) {
            const int saved = errno;
            removeTemporaries(temps.mid(i));
            return fail(error, files[i].path, QStringLiteral("cannot replace"), saved);
        }
    }
    if (!temps.isEmpty()) syncFolderOf(temps.first().target);
    return true;
}

bool SafeFile::makeFolder(const QString &path, QString *error)
{
    const QByteArray full = QFile::encodeName(path);
    // Each prefix ending before a '/' is a parent; the whole path is the folder itself.
    for (qsizetype i = 1; i <= full.size(); ++i) {
        if (i < full.size() && full[i] != '/') continue;
        const QByteArray prefix = full.left(i);
        if (::mkdir(prefix.constData(), 0755) == 0) continue;
        const int saved = errno;
        struct stat st {};
        if (saved == EEXIST && ::stat(prefix.constData(), &st) == 0 && S_ISDIR(st.st_mode))
            continue;
        const QString shown = QFile::decodeName(prefix);
        if (saved == EEXIST)
            return fail(error, shown, QStringLiteral("cannot create the folder"), ENOTDIR);
        return fail(error, shown, QStringLiteral("cannot create the folder"), saved);
    }
    return true;
}

bool SafeFile::isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(QLatin1Char('/')) &&
           !name.contains(QChar(0));
}

bool SafeFile::read(const QString &path, qint64 maxSize, QByteArray *data, QString *error)
{
    auto refuse = [error](const QString &what) {
        if (error) *error = what;
        return false;
    };
    const QByteArray name = QFile::encodeName(path);
    const QString notRegular =
        QStringLiteral("not a regular file (a folder, FIFO, socket or device); a plan is read "
                       "only from a regular file");
    const QString tooLarge = QStringLiteral("%1 bytes, more than the limit of %2 bytes for a plan "
                                            "(planar-cli --max-size BYTES raises it)");
    struct stat st {};
    // stat() before open(): opening a FIFO for reading would wait for a writer forever.
    if (::stat(name.constData(), &st) != 0)
        return refuse(QStringLiteral("cannot open: %1").arg(osReason(errno)));
    if (!S_ISREG(st.st_mode)) return refuse(notRegular);
    if (st.st_size > maxSize) return refuse(tooLarge.arg(st.st_size).arg(maxSize));
    // O_NONBLOCK: should the name have become a FIFO since stat(), open() still returns.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return refuse(QStringLiteral("cannot open: %1").arg(osReason(errno)));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(notRegular);
    }
    QByteArray buffer;
    buffer.reserve(qsizetype(std::min<qint64>(st.st_size, maxSize)) + 1);
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            return refuse(QStringLiteral("cannot read: %1").arg(osReason(saved)));
        }
        if (n == 0) break;
        // Bounded: a file that grows while it is read stops at the limit, not at the memory's.
        if (buffer.size() + n > maxSize) {
            ::close(fd);
            return refuse(QStringLiteral("grew past the limit of %1 bytes for a plan while it was "
                                         "read")
                              .arg(maxSize));
        }
        buffer.append(chunk, n);
    }
    ::close(fd);
    *data = std::move(buffer);
    return true;
}

} // namespace Planar
