#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Planar {

/**
 * Writes files one after another on a worker thread, so that saving or autosaving a big plan
 * never blocks typing. A job gets what it writes by value (a Plan copy is cheap: its lists are
 * implicitly shared) and returns the error text, empty on success. Replies come back on the
 * GUI thread, in the order the jobs were queued; the order also keeps an autosave's write and
 * the removal of the same recovery file from overtaking each other.
 */
class SaveQueue : public QObject {
    Q_OBJECT
public:
    using Job = std::function<QString()>;
    using Reply = std::function<void(const QString &error)>;

    explicit SaveQueue(QObject *parent = nullptr);
    /** Finishes every queued write, so no file is left half-written; drops their replies. */
    ~SaveQueue() override;

    void enqueue(Job job, Reply reply = {});
    /** Blocks until every queued job, and every job its reply queued, has run and replied. */
    void waitForIdle();
    bool isIdle() const { return mPending == 0; }

private:
    QThreadPool mPool;
    int mPending = 0;    // queued jobs whose reply has not been delivered
    qint64 mReplies = 0; // replies delivered so far
};

} // namespace Planar
