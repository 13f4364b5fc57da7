// A plan of 10,000 VMs you can read (issue 10): opened offscreen and fitted, its cards fill the
// window instead of a one-pixel sliver, a card with a finding is red at that zoom and further
// out, the minimap moves the canvas, and Zoom to Selection brings a card close.
#include "canvas/minimap.h"
#include "document/commands/entitycommands.h"
#include "document/commands/plancommands.h"
#include "document/plandocument.h"
#include "generate/plangenerator.h"
#include "guitest.h"
#include "io/planwriter.h"
#include "theme.h"

#include <QDockWidget>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Planar;

class TestOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fittedPlanFillsTheView();
    void findingsStayRedFarOut();
    void linksAreBundledFarOut();
    void bundleTakesItsWorstLinksColour();
    void miniMapMovesTheView();
    void zoomToSelectionBringsTheCardClose();
    void smallPlanOpensWithoutTheOverview();
    void cleanupTestCase();

private:
    /** The canvas as the user sees it now. */
    QImage canvas() const { return mWindow->view()->viewport()->grab().toImage(); }
    /** Pixels of @p colour (within a small tolerance) within @p radius of @p centre. */
    static int pixelsNear(const QImage &image, const QPoint &centre, int radius,
                          const QColor &colour);
    QPoint onCanvas(const QString &key) const { return GuiTest::viewPoint(*mWindow, key); }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QString mFaulty, mClean; // two VMs far apart: one given a copied address, one untouched
};

void TestOverview::initTestCase()
{
    GuiTest::isolateSettings();
    // The plan: planar-cli generate --hosts 2000 --vms-per-host 5 --workloads 1000.
    GeneratorOptions options;
    options.hosts = 2000;
    options.vmsPerHost = 5;
    options.workloads = 1000;
    const QString path = mDir.filePath(QStringLiteral("10k.planar.yaml"));
    QString error;
    QVERIFY2(PlanWriter::writeFile(generatePlan(options), path, &error), qPrintable(error));

    mWindow = std::make_unique<MainWindow>();
    mWindow->setInteractive(false);
    mWindow->resize(1600, 1000);
    QVERIFY(mWindow->openFile(path));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    mWindow->waitForValidation(120000);
    QCOMPARE(mWindow->document()->plan().vms.size(), 10000);
    QVERIFY(mWindow->view()->followsFit());
}

void TestOverview::fittedPlanFillsTheView()
{
    PlanView *view = mWindow->view();
    const QRect viewport = view->viewport()->rect();
    // The share of the canvas the cards cover, and how far across it they spread.
    qreal covered = 0;
    QRect spread;
    for (const EntityItem *card : mWindow->scene()->entityItems()) {
        const QRect onScreen =
            view->mapFromScene(card->sceneBoundingRect()).boundingRect() & viewport;
        covered += qreal(onScreen.width()) * onScreen.height();
        if (!onScreen.isEmpty()) spread |= onScreen;
    }
    const qreal share = covered / (qreal(viewport.width()) * viewport.height());
    qInfo("fitted at zoom %.4f: cards cover %.0f %% of the canvas, spread over %d x %d of %d x %d",
          view->zoom(), share * 100, spread.width(), spread.height(), viewport.width(),
          viewport.height());
    // As a single row, 2,000 hosts shrank to a band less than a pixel high.
    QVERIFY2(share > 0.12, qPrintable(QString::number(share)));
    QVERIFY(spread.width() > viewport.width() * 0.8);
    QVERIFY(spread.height() > viewport.height() * 0.8);
    // Far out the cards are blocks: the canvas shows the plane colours, not a white page.
    const QImage image = canvas();
    int blocks = 0;
    const QRgb vm = mWindow->scene()->entityItem(QStringLiteral("node-1000-1"))->blockColor().rgb();
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            blocks += image.pixel(x, y) == vm;
    QVERIFY2(blocks > image.width() * image.height() / 4 / 50, qPrintable(QString::number(blocks)));
}

int TestOverview::pixelsNear(const QImage &image, const QPoint &centre, int radius,
                             const QColor &colour)
{
    int count = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y)
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            if (!image.rect().contains(x, y)) continue;
            const QColor c = image.pixelColor(x, y);
            count += qAbs(c.red() - colour.red()) < 40 && qAbs(c.green() - colour.green()) < 40 &&
                     qAbs(c.blue() - colour.blue()) < 40;
        }
    return count;
}

void TestOverview::findingsStayRedFarOut()
{
    // A VM in the middle of the plan gets the address of one in the first row: both are errors.
    PlanDocument *document = mWindow->document();
    const QStringList vms = document->keys(ItemKind::Vm);
    mFaulty = vms[5002];
    mClean = vms[5007];
    Vm vm = std::get<Vm>(*document->entity(mFaulty));
    vm.nics[0].ip = std::get<Vm>(*document->entity(vms[0])).nics[0].ip;
    document->undoStack()->push(new EditEntityCommand(document, mFaulty, vm));
    mWindow->waitForValidation(120000);
    QCOMPARE(mWindow->scene()->entityItem(mFaulty)->status(), ItemStatus::Error);
    QCOMPARE(mWindow->scene()->entityItem(mClean)->status(), ItemStatus::Ok);

    PlanView *view = mWindow->view();
    view->fitAll();
    QApplication::processEvents();
    for (const qreal factor : {1.0, 0.5}) {
        view->zoomBy(factor);
        QApplication::processEvents();
        const QImage image = canvas();
        const QPoint faulty = onCanvas(mFaulty), clean = onCanvas(mClean);
        QVERIFY(image.rect().contains(faulty));
        // The card is a red block (a pixel or two at this zoom) inside a red ring of 8 px.
        const int red = pixelsNear(image, faulty, 10, Theme::ErrorColor);
        qInfo("zoom %.4f: %d red pixels around %s", view->zoom(), red, qPrintable(mFaulty));
        QVERIFY2(red >= 20, qPrintable(QString::number(red)));
        if (factor == 1.0) QCOMPARE(image.pixelColor(faulty).rgb(), Theme::ErrorColor.rgb());
        QCOMPARE(pixelsNear(image, clean, 3, Theme::ErrorColor), 0);
    }

    // Closer, where ids fit on the blocks, the card is one solid red block.
    view->zoomBy(0.3 / view->zoom());
    view->centerOn(mWindow->scene()->entityItem(mFaulty));
    QApplication::processEvents();
    const QImage image = canvas();
    const QRect block =
        view->mapFromScene(
                mWindow->scene()->entityItem(mFaulty)->sceneBoundingRect().adjusted(6, 6, -6, -6))
            .boundingRect();
    int red = 0;
    for (int y = block.top(); y <= block.bottom(); ++y)
        for (int x = block.left(); x <= block.right(); ++x)
            red += pixelsNear(image, QPoint(x, y), 0, Theme::ErrorColor);
    // Most of it: the id is written on it in white.
    QVERIFY2(red > block.width() * block.height() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(red).arg(block.width() * block.height())));
}

void TestOverview::linksAreBundledFarOut()
{
    // The generated plan's links between groups: the internet and the partner API to the
    // namespaces; VMs to their own hosts and workloads within a namespace stay inside.
    const QList<LinkBundles::Bundle> bundles = mWindow->scene()->linkBundles().bundles();
    QVERIFY(!bundles.isEmpty());
    int inBundles = 0;
    for (const LinkBundles::Bundle &b : bundles) {
        QVERIFY2(b.from.startsWith(QStringLiteral("ns\n")) ||
                     b.to.startsWith(QStringLiteral("ns\n")),
                 qPrintable(b.from + u'|' + b.to));
        QVERIFY(!b.fromRect.isNull() && !b.toRect.isNull());
        inBundles += b.count;
    }
    QVERIFY2(bundles.size() <= 6, qPrintable(QString::number(bundles.size())));
    QVERIFY(inBundles > 100 && inBundles < mWindow->document()->linkKeys().size());
    // The biggest bundle is drawn as a grey line a few pixels wide (translucent, so where
    // bundles cross the blocks show through): darker than any band or block.
    const auto biggest =
        std::max_element(bundles.begin(), bundles.end(),
                         [](const LinkBundles::Bundle &a, const LinkBundles::Bundle &b) {
                             return a.count < b.count;
                         });
    mWindow->view()->fitAll();
    QApplication::processEvents();
    const QImage image = canvas();
    const QLineF line(exitPoint(biggest->fromRect, biggest->toRect.center()),
                      exitPoint(biggest->toRect, biggest->fromRect.center()));
    int onLine = 0;
    for (const qreal t : {0.3, 0.4, 0.6, 0.7}) {
        const QPoint at = mWindow->view()->mapFromScene(line.pointAt(t));
        bool dark = false;
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                dark |= qGray(image.pixel(at + QPoint(dx, dy))) < 165;
        onLine += dark;
    }
    QVERIFY2(onLine >= 3, qPrintable(QString::number(onLine)));
}

void TestOverview::bundleTakesItsWorstLinksColour()
{
    // A policy override that denies outside traffic to Pods forbids every link from the
    // internet to a workload: the bundles standing for them turn red far out, and undoing it
    // brings their colour back. Only verdicts changed, no card moved: the bundles keep their
    // lines (LinkBundles::invalidateColours).
    mWindow->view()->fitAll();
    QApplication::processEvents();
    const QList<LinkBundles::Bundle> before = mWindow->scene()->linkBundles().bundles();
    QVERIFY(!before.isEmpty());
    for (const LinkBundles::Bundle &b : before)
        QCOMPARE(b.state, LinkState::Allowed);
    PlanDocument *document = mWindow->document();
    PlanSettings denied = document->settings();
    denied.policy.append(PolicyRule{Plane::External, Plane::Pod, PolicyAction::Deny,
                                    QStringLiteral("audit freeze"), {}});
    document->undoStack()->push(new EditSettingsCommand(document, denied));
    mWindow->waitForValidation(120000);
    QApplication::processEvents();

    const QList<LinkBundles::Bundle> after = mWindow->scene()->linkBundles().bundles();
    QCOMPARE(after.size(), before.size());
    int forbidden = 0;
    for (const LinkBundles::Bundle &b : after)
        forbidden += b.state == LinkState::Forbidden;
    QVERIFY2(forbidden > 0, "no bundle turned red");
    // Drawn red: the worst last, so on top where bundles meet at a namespace.
    const LinkBundles::Bundle &red = after.last();
    QCOMPARE(red.state, LinkState::Forbidden);
    const QImage image = canvas();
    const QLineF line(exitPoint(red.fromRect, red.toRect.center()),
                      exitPoint(red.toRect, red.fromRect.center()));
    int reddish = 0;
    for (const qreal t : {0.3, 0.4, 0.5, 0.6, 0.7}) {
        const QPoint at = mWindow->view()->mapFromScene(line.pointAt(t));
        reddish += pixelsNear(image, at, 2, Theme::ErrorColor) > 0;
    }
    QVERIFY2(reddish >= 2, qPrintable(QString::number(reddish)));

    document->undoStack()->undo();
    mWindow->waitForValidation(120000);
    QApplication::processEvents();
    for (const LinkBundles::Bundle &b : mWindow->scene()->linkBundles().bundles())
        QCOMPARE(b.state, LinkState::Allowed);
}

void TestOverview::miniMapMovesTheView()
{
    auto *dock = mWindow->findChild<QDockWidget *>(QStringLiteral("overviewDock"));
    QVERIFY2(dock->isVisible(), "a plan this large opens with the Overview shown");
    MiniMap *map = mWindow->miniMap();
    map->refresh();
    PlanView *view = mWindow->view();
    view->zoomBy(0.5 / view->zoom());
    QApplication::processEvents();

    // A click on a host near the end of the plan puts it in the middle of the canvas.
    const QString target = mWindow->document()->plan().hosts[1900].id;
    const QPointF hostCentre = mWindow->scene()->entityItem(target)->sceneBoundingRect().center();
    const QPoint click = map->toWidget(hostCentre).toPoint();
    QVERIFY(map->rect().contains(click));
    QTest::mouseClick(map, Qt::LeftButton, {}, click);
    QApplication::processEvents();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY2(visible.contains(hostCentre), qPrintable(target));
    const qreal slack = map->toScene(QPointF(2, 2)).x() - map->toScene(QPointF(0, 0)).x();
    QVERIFY(QLineF(visible.center(), hostCentre).length() < slack * 2);
    QVERIFY(!view->followsFit());
    // The map's rectangle follows the canvas.
    QVERIFY(map->viewportRect().contains(click));

    // Dragging pans along.
    const QPoint from = map->toWidget(hostCentre).toPoint();
    const QPoint to = from + QPoint(-40, -30);
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QTest::mouseMove(map, from + QPoint(-20, -15));
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, {}, to);
    QApplication::processEvents();
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    QVERIFY(QLineF(centre, map->toScene(to)).length() < slack * 2);
}

void TestOverview::zoomToSelectionBringsTheCardClose()
{
    QAction *zoom = mWindow->action(QStringLiteral("zoomToSelection"));
    QVERIFY(zoom);
    QCOMPARE(zoom->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    mWindow->scene()->selectKeys({});
    QVERIFY(!zoom->isEnabled());
    mWindow->view()->fitAll();
    mWindow->scene()->selectKeys({mFaulty});
    QVERIFY(zoom->isEnabled());
    zoom->trigger();
    QApplication::processEvents();
    PlanView *view = mWindow->view();
    QVERIFY2(view->zoom() >= Theme::DetailZoom, qPrintable(QString::number(view->zoom())));
    const QRect card =
        view->mapFromScene(mWindow->scene()->entityItem(mFaulty)->sceneBoundingRect())
            .boundingRect();
    QVERIFY(view->viewport()->rect().contains(card));
    // Close in, the card is drawn in full again, with its red border.
    const QImage image = canvas();
    QVERIFY(pixelsNear(image, QPoint(card.left() + 5, card.center().y()), 2, Theme::ErrorColor) >
            0);
}

void TestOverview::smallPlanOpensWithoutTheOverview()
{
    auto seed = GuiTest::openSeedExample();
    QVERIFY(seed);
    QVERIFY(!seed->findChild<QDockWidget *>(QStringLiteral("overviewDock"))->isVisible());
    QVERIFY(seed->action(QStringLiteral("showOverview")));
    // The seed is drawn in full at its fitted zoom, no blocks.
    QVERIFY(seed->view()->zoom() >= Theme::DetailZoom);
}

void TestOverview::cleanupTestCase()
{
    if (mWindow) mWindow->document()->setClean();
    mWindow.reset();
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
