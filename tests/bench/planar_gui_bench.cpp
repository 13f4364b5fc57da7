// planar-gui-bench: times what an editor user waits for on a large plan — opening it (read,
// scene, first paint), the first validation, and an edit until the canvas shows its colours.
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "document/commands/entitycommands.h"
#include "document/plandocument.h"
#include "io/planreader.h"
#include "livevalidator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace Planar;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** Waits for the validator's next result and applies it to the scene, as MainWindow does. */
void waitForColours(LiveValidator &validator, PlanScene &scene)
{
    QEventLoop loop;
    QObject::connect(&validator, &LiveValidator::resultReady, &loop, &QEventLoop::quit);
    loop.exec();
    scene.setStatuses(validator.result().statuses);
    scene.setLinkStates(validator.result().links);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: planar-gui-bench PLAN\n";
        return 2;
    }
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    const ReadResult read = PlanReader::readFile(QString::fromLocal8Bit(argv[1]));
    if (!read.plan) return 1;
    const double readMs = ms(t);

    t.restart();
    PlanDocument document;
    document.loadPlan(*read.plan, QString::fromLocal8Bit(argv[1]));
    PlanScene scene(&document);
    PlanView view;
    view.setScene(&scene);
    view.resize(1600, 1000);
    const double sceneMs = ms(t);

    t.restart();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view.render(&painter);
    painter.end();
    const double paintMs = ms(t);
    const double openMs = ms(total);

    LiveValidator validator(&document);
    const int debounceMs = 150; // the editor's own delay after the last keystroke
    validator.setDelay(debounceMs);
    t.restart();
    validator.validateNow();
    waitForColours(validator, scene);
    const double firstValidationMs = ms(t);

    // The edit: give the second VM the first VM's address, so both cards must turn red.
    const QStringList vms = document.keys(ItemKind::Vm);
    double editMs = -1;
    if (vms.size() >= 2) {
        Vm second = std::get<Vm>(*document.entity(vms[1]));
        second.nics[0].ip = std::get<Vm>(*document.entity(vms[0])).nics[0].ip;
        t.restart();
        document.undoStack()->push(new EditEntityCommand(&document, vms[1], second));
        waitForColours(validator, scene);
        editMs = ms(t);
        if (scene.entityItem(vms[1])->status() != ItemStatus::Error) return 1;
    }
    out << QStringLiteral("open %1 ms (read %2, scene %3, first paint %4) | first validation %5 ms "
                          "| edit to colours %6 ms (of which %7 ms debounce) | %8 VMs, %9 links")
               .arg(openMs, 0, 'f', 0)
               .arg(readMs, 0, 'f', 0)
               .arg(sceneMs, 0, 'f', 0)
               .arg(paintMs, 0, 'f', 0)
               .arg(firstValidationMs, 0, 'f', 0)
               .arg(editMs, 0, 'f', 0)
               .arg(debounceMs)
               .arg(read.plan->vms.size())
               .arg(read.plan->links.size())
        << Qt::endl;
    return 0;
}
