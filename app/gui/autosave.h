#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Planar {

class PlanDocument;
class SaveQueue;

/** A plan that an earlier session autosaved and never saved or discarded. */
struct RecoveryEntry {
    QString recoveryFile;
    QString originalPath; // empty for a plan that never had a file
    QDateTime saved;
};

/**
 * Writes unsaved work to a recovery file every few seconds, so a crash loses little. The file
 * goes away when the plan is saved or its changes are discarded; one left over at start-up
 * means the last session ended abnormally. Writes and removals go through the editor's
 * SaveQueue: off the GUI thread, and in order with the saves.
 */
class Autosave : public QObject {
    Q_OBJECT
public:
    Autosave(PlanDocument *document, SaveQueue *queue, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    /** Where the current document's recovery copy goes. */
    QString recoveryFile() const;
    /** Queues the writing of the recovery copy, if there are unsaved changes. */
    void saveNow();
    /** Queues the removal of the current document's recovery copy. */
    void discard();

    static QString directory();
    static QList<RecoveryEntry> pending();
    static void remove(const RecoveryEntry &entry);

Q_SIGNALS:
    /** The recovery copy could not be written: @p error names the file and the reason. */
    void failed(const QString &error);

private:
    void removeLater(const QString &file);

    PlanDocument *mDocument;
    SaveQueue *mQueue;
    QTimer *mTimer;
    QString mLastFile;
};

} // namespace Planar
