#pragma once
// A tiny tmpfs for the full-disk tests: mounted on a temporary folder, filled on request, gone
// with the object. Mounting needs root; CI runs as root (CI=true), so there a missing mount is a
// failure, elsewhere the test is skipped with the reason.

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Planar::TestSupport {

class SmallDisk {
public:
    /** Mounts a tmpfs of @p bytes (a multiple of 4 KiB) on a fresh temporary folder. */
    explicit SmallDisk(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (!mDir.isValid()) {
            mProblem = QStringLiteral("no temporary folder");
        } else if (::mount("tmpfs", QFile::encodeName(mDir.path()).constData(), "tmpfs", 0,
                           options.constData()) != 0) {
            mProblem = QStringLiteral("cannot mount a tmpfs (needs root): %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            mMounted = true;
        }
    }
    ~SmallDisk()
    {
        if (mMounted) ::umount2(QFile::encodeName(mDir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return mMounted; }
    /** Why there is no disk; QSKIP outside CI, QFAIL in it. */
    QString problem() const { return mProblem; }
    QString path() const { return mDir.path(); }
    QString filePath(const QString &name) const { return mDir.filePath(name); }

    qint64 freeBytes() const
    {
        struct statvfs s {};
        ::statvfs(QFile::encodeName(mDir.path()).constData(), &s);
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }

    /** Fills the disk with a filler file until only @p bytes (rounded to pages) stay free. */
    bool leaveFree(qint64 bytes)
    {
        const QByteArray filler = QFile::encodeName(mDir.filePath(QStringLiteral(".filler")));
        const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd < 0) return false;
        const QByteArray page(4096, 'x');
        while (freeBytes() > bytes)
            if (::write(fd, page.constData(), size_t(page.size())) <= 0) break;
        ::close(fd);
        return freeBytes() <= bytes;
    }

private:
    QTemporaryDir mDir;
    bool mMounted = false;
    QString mProblem;
};

} // namespace Planar::TestSupport

/** Declares a mounted SmallDisk @p disk of @p bytes, or skips (fails in CI) without root. */
#define PLANAR_SMALL_DISK(disk, bytes)                                                             \
    Planar::TestSupport::SmallDisk disk(bytes);                                                    \
    if (!disk.mounted()) {                                                                         \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                   \
            QFAIL(qPrintable(disk.problem()));                                                     \
        QSKIP(qPrintable(disk.problem()));                                                         \
    }
