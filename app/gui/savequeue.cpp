#include "savequeue.h"

#include <QCoreApplication>

namespace Planar {

SaveQueue::SaveQueue(QObject *parent) : QObject(parent)
{
    // One thread: jobs run in the order they were queued, never two writes at once.
    mPool.setMaxThreadCount(1);
}

SaveQueue::~SaveQueue()
{
    mPool.waitForDone();
}

void SaveQueue::enqueue(Job job, Reply reply)
{
    ++mPending;
    // The destructor waits for the pool, so `target` outlives every job; a reply still queued
    // when the queue goes is dropped with its event.
    mPool.start([job = std::move(job), reply = std::move(reply), target = this] {
        const QString error = job();
        QMetaObject::invokeMethod(
            target,
            [target, error, reply] {
                --target->mPending;
                ++target->mReplies;
                if (reply) reply(error);
            },
            Qt::QueuedConnection);
    });
}

void SaveQueue::waitForIdle()
{
    // A reply may queue another job (a failed save writes a recovery copy): wait for that too.
    // Should a reply not be deliverable here (called from inside a reply's own dialog), stop
    // rather than spin: the jobs themselves are done, their replies come with the event loop.
    for (qint64 delivered = -1; mPending > 0 && mReplies != delivered;) {
        delivered = mReplies;
        mPool.waitForDone();
        // Deliver the replies now: each is a queued call posted to this object.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace Planar
