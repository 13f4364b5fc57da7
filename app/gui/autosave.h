#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Planar {

class PlanDocument;

/** A plan that an earlier session autosaved and never saved or discarded. */
struct RecoveryEntry {
    QString recoveryFile;
    QString originalPath; // empty for a plan that never had a file
    QDateTime saved;
};

/**
 * Writes unsaved work to a recovery file every few seconds, so a crash loses little. The file
 * goes away when the plan is saved or its changes are discarded; one left over at start-up
 * means the last session ended abnormally.
 */
class Autosave : public QObject {
    Q_OBJECT
public:
    explicit Autosave(PlanDocument *document, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    /** Where the current document's recovery copy goes. */
    QString recoveryFile() const;
    /** Writes the recovery copy now if there are unsaved changes. */
    bool saveNow();
    /** Removes the current document's recovery copy. */
    void discard();

    static QString directory();
    static QList<RecoveryEntry> pending();
    static void remove(const RecoveryEntry &entry);

private:
    PlanDocument *mDocument;
    QTimer *mTimer;
    QString mLastFile;
};

} // namespace Planar
