#include "autosave.h"

#include "document/plandocument.h"
#include "io/planwriter.h"
#include "io/safefile.h"
#include "savequeue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace Planar {

namespace {
const QString Suffix = QStringLiteral(".planar.yaml");
const QString PathSuffix = QStringLiteral(".path");
} // namespace

Autosave::Autosave(PlanDocument *document, SaveQueue *queue, QObject *parent)
    : QObject(parent), mDocument(document), mQueue(queue), mTimer(new QTimer(this))
{
    mTimer->setInterval(30000);
    connect(mTimer, &QTimer::timeout, this, &Autosave::saveNow);
    mTimer->start();
    // Saved or reverted: nothing left to recover.
    connect(document, &PlanDocument::dirtyChanged, this, [this](bool dirty) {
        if (!dirty) discard();
    });
    connect(document, &PlanDocument::filePathChanged, this, [this] {
        if (!mLastFile.isEmpty() && mLastFile != recoveryFile()) {
            removeLater(mLastFile);
            mLastFile.clear();
        }
    });
}

void Autosave::setInterval(int milliseconds)
{
    mTimer->start(milliseconds);
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString Autosave::recoveryFile() const
{
    const QString key =
        mDocument->filePath().isEmpty()
            ? QStringLiteral("untitled-%1").arg(quintptr(mDocument), 0, 16)
            : QString::fromLatin1(
                  QCryptographicHash::hash(mDocument->filePath().toUtf8(), QCryptographicHash::Sha1)
                      .toHex()
                      .left(16));
    return directory() + u'/' + key + Suffix;
}

void Autosave::saveNow()
{
    if (!mDocument->isDirty()) return;
    const QString file = recoveryFile();
    mLastFile = file;
    // The worker gets copies: the document goes on changing while the copy is written.
    mQueue->enqueue([plan = mDocument->plan(), file, original = mDocument->filePath()] {
        QString error;
        if (!QDir().mkpath(directory()))
            return tr("%1: cannot create the folder").arg(directory());
        if (!PlanWriter::writeFile(plan, file, &error)) return error;
        // Without its .path note a recovered plan would not know which file it belongs to.
        SafeFile::write(file.chopped(Suffix.size()) + PathSuffix, original.toUtf8(), &error);
        return error;
    }, [this](const QString &error) {
        if (!error.isEmpty()) Q_EMIT failed(error);
    });
}

void Autosave::discard()
{
    removeLater(recoveryFile());
    mLastFile.clear();
}

void Autosave::removeLater(const QString &file)
{
    mQueue->enqueue([file] {
        QFile::remove(file);
        QFile::remove(file.chopped(Suffix.size()) + PathSuffix);
        return QString();
    });
}

QList<RecoveryEntry> Autosave::pending()
{
    QList<RecoveryEntry> out;
    const QDir dir(directory());
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Time)) {
        QFile path(info.absoluteFilePath().chopped(Suffix.size()) + PathSuffix);
        QString original;
        if (path.open(QIODevice::ReadOnly)) original = QString::fromUtf8(path.readAll());
        out << RecoveryEntry{info.absoluteFilePath(), original, info.lastModified()};
    }
    return out;
}

void Autosave::remove(const RecoveryEntry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(entry.recoveryFile.chopped(Suffix.size()) + PathSuffix);
}

} // namespace Planar
