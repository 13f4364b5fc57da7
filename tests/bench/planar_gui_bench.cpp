// planar-gui-bench: times what an editor user waits for on a large plan, in the editor's own
// window (offscreen): opening it to a painted canvas, the first validation, frames while
// panning and zooming at several zooms, and an edit until its card is repainted in colour.
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "document/commands/entitycommands.h"
#include "document/plandocument.h"
#include "io/planreader.h"
#include "livevalidator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Planar;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** Milliseconds of CPU this thread has used: unlike wall time, the same on a busy machine. */
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/**
 * Counts the canvas's paint events, so a step is timed until its pixels are drawn; and the
 * paints that began once @p ready held (the editor may paint inside the step itself).
 */
class PaintCounter : public QObject {
public:
    int paints = 0;
    int readyPaints = 0;
    std::function<bool()> ready = [] { return false; };
    QElapsedTimer since;  // started by waitForReadyPaint()
    double readyMs = -1;  // when the first paint with ready() holding began
    double readyCpu = -1; // the GUI thread's CPU time then (cpuMs())
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (ready() && readyPaints++ == 0) {
                readyMs = double(since.nsecsElapsed()) / 1e6;
                readyCpu = cpuMs();
            }
        }
        return false;
    }
};

/** Runs the event loop until the canvas has painted once more (or @p timeoutMs passed). */
void waitForPaint(PaintCounter &counter, int timeoutMs = 60000)
{
    const int before = counter.paints;
    QElapsedTimer t;
    t.start();
    while (counter.paints == before && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

/** Runs the event loop until the canvas has painted with @p ready holding. */
void waitForReadyPaint(PaintCounter &counter, std::function<bool()> ready, int timeoutMs = 120000)
{
    counter.readyPaints = 0;
    counter.readyMs = counter.readyCpu = -1;
    counter.ready = std::move(ready);
    counter.since.start();
    // Sleeping between events, not polling: the GUI thread's CPU time is then the editor's
    // own work, and a polling loop takes no core from the validator's thread. The timer
    // wakes the loop to check the timeout.
    QTimer wake;
    wake.start(20);
    while (counter.readyPaints == 0 && counter.since.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    counter.ready = [] { return false; };
}

struct Frames {
    double median = 0, worst = 0, cpu = 0; // wall times; the median frame's CPU
};

/** Times @p count frames of @p step (a scroll or a zoom), each until the canvas painted it. */
template <typename Step> Frames frames(PaintCounter &counter, int count, Step step)
{
    QList<double> times, cpu;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuMs();
        step(i);
        waitForPaint(counter, 5000);
        times << ms(t);
        cpu << cpuMs() - cpu0;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], times.last(), cpu[cpu.size() / 2]};
}

/** Runs the event loop for @p msecs, sleeping between events. */
void settle(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

QString figure(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recent files or autosaves in the user's home
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: planar-gui-bench PLAN\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QElapsedTimer t;
    t.start();
    const ReadResult read = PlanReader::readFile(path);
    if (!read.plan) return 1;
    const double readMs = ms(t);
    out << QStringLiteral("plan: %1 hosts, %2 VMs, %3 workloads, %4 links (%5 MiB); reading the "
                          "YAML alone takes %6 ms")
               .arg(read.plan->hosts.size())
               .arg(read.plan->vms.size())
               .arg(read.plan->workloads.size())
               .arg(read.plan->links.size())
               .arg(double(QFileInfo(path).size()) / (1 << 20), 0, 'f', 1)
               .arg(readMs, 0, 'f', 0)
        << Qt::endl;

    MainWindow window;
    window.setInteractive(false);
    window.resize(1600, 1000);
    PlanView *view = window.view();
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);

    bool validated = false;
    QObject::connect(window.validator(), &LiveValidator::resultReady,
                     [&validated] { validated = true; });

    // Open: read, build the scene and panels, show the window and paint the fitted canvas.
    t.restart();
    const double openCpu0 = cpuMs();
    if (!window.openFile(path)) return 1;
    const double openMs = ms(t);
    window.show();
    waitForPaint(counter);
    const double paintedMs = ms(t);
    const double paintedCpu = cpuMs() - openCpu0;
    waitForReadyPaint(counter, [&validated] { return validated; });
    const double colouredMs = ms(t);
    out << QStringLiteral("open to painted canvas: %1 ms (read, scene and panels %2; show and "
                          "first paint %3; %4 ms of CPU) | validated and coloured: %5 ms after "
                          "opening")
               .arg(paintedMs, 0, 'f', 0)
               .arg(openMs, 0, 'f', 0)
               .arg(paintedMs - openMs, 0, 'f', 0)
               .arg(paintedCpu, 0, 'f', 0)
               .arg(colouredMs, 0, 'f', 0)
        << Qt::endl;

    // Frames: panning (scroll by 40 px) and zooming (in and out by 15 %) at three zooms.
    auto measure = [&](const QString &where) {
        QScrollBar *h = view->horizontalScrollBar();
        QString panText = QStringLiteral("no room to pan");
        double slowest = 0;
        if (h->maximum() - h->minimum() >= 80) {
            if (h->value() < h->minimum() + 40) h->setValue(h->minimum() + 40);
            waitForPaint(counter, 500);
            const Frames pan =
                frames(counter, 20, [h](int i) { h->setValue(h->value() + (i % 2 ? -40 : 40)); });
            panText = QStringLiteral("pan %1 ms median (%2 CPU), %3 worst")
                          .arg(figure(pan.median), figure(pan.cpu), figure(pan.worst));
            slowest = pan.median;
        }
        const Frames zoom =
            frames(counter, 20, [view](int i) { view->zoomBy(i % 2 ? 1 / 1.15 : 1.15); });
        slowest = qMax(slowest, zoom.median);
        out << QStringLiteral("frames at %1 (zoom %2): %3; zoom %4 ms median (%5 CPU), %6 worst "
                              "(%7 fps)")
                   .arg(where)
                   .arg(view->zoom(), 0, 'f', 3)
                   .arg(panText, figure(zoom.median), figure(zoom.cpu), figure(zoom.worst))
                   .arg(1000 / slowest, 0, 'f', 0)
            << Qt::endl;
    };
    view->fitAll();
    waitForPaint(counter, 2000);
    measure(QStringLiteral("the fitted overview"));
    for (const qreal zoom : {0.3, 0.6}) {
        view->zoomBy(zoom / view->zoom());
        view->centerOn(view->scene()->itemsBoundingRect().center());
        waitForPaint(counter, 2000);
        measure(QStringLiteral("mid zoom"));
    }

    // The edit: give the second VM the first VM's address, so both cards must turn red.
    view->fitAll();
    waitForPaint(counter, 2000);
    PlanDocument *document = window.document();
    t.restart();
    const double validationCpu0 = cpuMs();
    ValidationResult::compute(document->plan(), document->linkKeys(), QDate::currentDate());
    const double validationMs = ms(t);
    const double validationCpu = cpuMs() - validationCpu0;
    // Then again with the Address Plan's tab in front, whose table an edit rebuilds.
    const QStringList vms = document->keys(ItemKind::Vm);
    const auto timeEdit = [&](const QString &label, qsizetype a, qsizetype b) {
        Vm second = std::get<Vm>(*document->entity(vms[b]));
        second.nics[0].ip = std::get<Vm>(*document->entity(vms[a])).nics[0].ip;
        const ValidationResult shown = window.validator()->result();
        t.restart();
        const double editCpu0 = cpuMs();
        document->undoStack()->push(new EditEntityCommand(document, vms[b], second));
        const double pushMs = ms(t);
        EntityItem *card = window.scene()->entityItem(vms[b]);
        waitForReadyPaint(counter, [card] { return card->status() == ItemStatus::Error; });
        if (card->status() != ItemStatus::Error) return false;
        // Whatever the edit set off on the GUI thread after the paint (panels) ends here.
        QApplication::processEvents();
        settle(1100);
        const double doneCpu = cpuMs() - editCpu0;
        // The editor's run after the edit, alone: it keeps the verdicts of the links the edit
        // cannot have changed (ValidationResult::compute with the result shown before).
        QElapsedTimer alone;
        alone.start();
        const ValidationResult kept = ValidationResult::compute(
            document->plan(), document->linkKeys(), QDate::currentDate(), &shown);
        const double keptMs = ms(alone);
        out << QStringLiteral("%1: %2 ms to the paint that shows it red (%3 ms of the GUI "
                              "thread's CPU; %4 ms of CPU in the next second); the edit itself "
                              "%5 ms, then validation on a worker thread — a whole run alone "
                              "%6 ms, %7 ms of CPU; the editor's run after this edit alone %8 "
                              "ms, judging %9 of the links again — and repaint")
                   .arg(label)
                   .arg(pushMs + counter.readyMs, 0, 'f', 0)
                   .arg(counter.readyCpu - editCpu0, 0, 'f', 0)
                   .arg(doneCpu, 0, 'f', 0)
                   .arg(pushMs, 0, 'f', 0)
                   .arg(validationMs, 0, 'f', 0)
                   .arg(validationCpu, 0, 'f', 0)
                   .arg(keptMs, 0, 'f', 0)
                   .arg(kept.linksJudged)
            << Qt::endl;
        return true;
    };
    if (vms.size() >= 4) {
        if (!timeEdit(QStringLiteral("edit to recoloured card"), 0, 1)) return 1;
        window.findChild<QDockWidget *>(QStringLiteral("addressDock"))->raise();
        QApplication::processEvents();
        settle(1100);
        if (!timeEdit(QStringLiteral("the same with the Address Plan in front"), 2, 3)) return 1;
    }
    document->setClean();
    return 0;
}
