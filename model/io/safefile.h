#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Planar {

/**
 * The one place Planar touches files on disk: atomic writes that never follow a planted
 * symlink, and bounded reads that refuse devices, FIFOs and oversized files.
 */
class SafeFile {
public:
    /** Plans larger than this are refused unless a caller allows more (`--max-size`). */
    static constexpr qint64 DefaultMaxReadSize = 256 * 1024 * 1024;

    /** One file of a batch: where it goes and its exact bytes. */
    struct Pending {
        QString path;
        QByteArray data;
    };

    /**
     * Replaces @p path with @p data: a temporary in the same folder is written in full,
     * fsync'd and closed, then renamed over the target. A symlink at @p path is replaced, not
     * followed; the file keeps its permission bits (a new one gets 0644). On failure the old
     * file is untouched and @p error says "PATH: what: OS reason".
     */
    static bool write(const QString &path, const QByteArray &data, QString *error);

    /**
     * Writes every file as write() does, but renames none until all temporaries are complete,
     * so a full disk half-way leaves every old file whole.
     */
    static bool writeAll(const QList<Pending> &files, QString *error);

    /** Creates @p path and its parents; an existing folder (or a symlink to one) is fine. */
    static bool makeFolder(const QString &path, QString *error);

    /** Whether @p name can be a file inside an output folder: no '/', not "", "." or "..". */
    static bool isPlainFileName(const QString &name);

    /**
     * Reads a whole regular file of at most @p maxSize bytes. Anything else (a directory, a
     * device such as /dev/zero, a FIFO) is refused before it is read, and a file that grows
     * past the limit while being read is refused too; @p error is then "what" without the path.
     */
    static bool read(const QString &path, qint64 maxSize, QByteArray *data, QString *error);
};

} // namespace Planar
