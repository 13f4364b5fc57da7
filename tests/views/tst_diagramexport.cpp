// File ▸ Export Diagram… and File ▸ Print… driven as a user would: the menu entries and their
// shortcuts, the real file dialog answered, the written files read back with real tools.
#include "diagram.h"
#include "document/plandocument.h"
#include "guitest.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Planar;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Every data-id and data-link of an SVG, read as XML; an XML error is returned as an entry. */
QSet<QString> svgKeys(const QString &path, const QString &attribute)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {QStringLiteral("cannot read ") + path};
    QSet<QString> keys;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.attributes().hasAttribute(attribute))
            keys << xml.attributes().value(attribute).toString();
    if (xml.hasError()) return {QStringLiteral("XML error: ") + xml.errorString()};
    return keys;
}

QStringList entityIds(const Plan &plan)
{
    QStringList ids;
    for (const Host &e : plan.hosts)
        ids << e.id;
    for (const Vm &e : plan.vms)
        ids << e.id;
    for (const Network &e : plan.networks)
        ids << e.id;
    for (const Workload &e : plan.workloads)
        ids << e.id;
    for (const Zone &e : plan.zones)
        ids << e.id;
    return ids;
}

/** Answers the next modal dialog of type T without nesting an event loop in the caller's. */
template<typename T>
void whenDialogAppears(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

/** "Page size: 842 x 595 pts" → {842, 595}. */
QSizeF pdfPageSize(const QString &path)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                       .match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace

class TestDiagramExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTest::isolateSettings(); }
    void fileMenuOffersExportAndPrint();
    void svgCarriesEveryEntityAndLink();
    void pngScalesAndPdfKeepsVectors();
    void exportShowsTheLatestEdit();
    void badPathsAreReported();
    void dialogWritesPngAtTheChosenScale();
    void printGoesThroughTheMenu();
};

void TestDiagramExport::fileMenuOffersExportAndPrint()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    QMenu *file = w->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(w->action(QStringLiteral("exportDiagram"))));
    QVERIFY(file->actions().contains(w->action(QStringLiteral("print"))));
    QCOMPARE(w->action(QStringLiteral("exportDiagram"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(w->action(QStringLiteral("print"))->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestDiagramExport::svgCarriesEveryEntityAndLink()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("seed.svg"));
    QVERIFY2(w->exportDiagram(svg), qPrintable(w->lastError()));
    const QSet<QString> ids = svgKeys(svg, QStringLiteral("data-id"));
    const Plan &plan = w->document()->plan();
    QVERIFY(entityIds(plan).size() > 10);
    for (const QString &id : entityIds(plan))
        QVERIFY2(ids.contains(id), qPrintable(id));
    const QSet<QString> links = svgKeys(svg, QStringLiteral("data-link"));
    QCOMPARE(links.size(), plan.links.size());
    // The document keys a link "link:ID" (or "link:#N"); the SVG says data-link="ID".
    for (const QString &key : w->document()->linkKeys())
        QVERIFY2(links.contains(key.mid(int(qstrlen("link:")))), qPrintable(key));
}

void TestDiagramExport::pngScalesAndPdfKeepsVectors()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    const QRectF bounds =
        Diagram(w->document()->plan(), w->validator()->result().findings, w->validator()->today())
            .bounds();
    QTemporaryDir dir;
    for (int scale : {1, 2, 4}) {
        const QString png = dir.filePath(QStringLiteral("seed-%1x.png").arg(scale));
        QVERIFY2(w->exportDiagram(png, scale), qPrintable(w->lastError()));
        const QImage image(png);
        QCOMPARE(image.size(), (bounds.size() * scale).toSize());
        // Drawn, not blank: a good part of a coarse grid of samples is coloured.
        int coloured = 0;
        for (int x = 0; x < 20; ++x)
            for (int y = 0; y < 20; ++y)
                coloured += image.pixelColor(image.width() * x / 20, image.height() * y / 20) !=
                            QColor(Qt::white);
        QVERIFY2(coloured > 40, qPrintable(QString::number(coloured)));
    }

    const QString pdf = dir.filePath(QStringLiteral("seed.pdf"));
    QVERIFY2(w->exportDiagram(pdf), qPrintable(w->lastError()));
    const QSizeF page = pdfPageSize(pdf);
    QVERIFY2(qAbs(page.width() - bounds.width()) < 2 && qAbs(page.height() - bounds.height()) < 2,
             qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
    // Text stays text: every workload's id can be found in the PDF.
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const Workload &wl : w->document()->plan().workloads)
        QVERIFY2(text.contains(wl.id), qPrintable(wl.id + QStringLiteral(" in\n") + text));
    // And no page-sized bitmap stands in for the picture.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.count(QLatin1Char('\n')), 2); // the header lines only
}

void TestDiagramExport::exportShowsTheLatestEdit()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("after.svg"));
    GuiTest::clickAction(*w, QStringLiteral("addHost"));
    const QStringList added = w->scene()->selectedKeys();
    QCOMPARE(added.size(), 1);
    // No wait for the validator here: exporting itself must catch up with the edit.
    QVERIFY2(w->exportDiagram(path), qPrintable(w->lastError()));
    QVERIFY(svgKeys(path, QStringLiteral("data-id")).contains(added.first()));
}

void TestDiagramExport::badPathsAreReported()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    QVERIFY(!w->exportDiagram(QStringLiteral("/nonexistent-folder/x.svg")));
    QVERIFY2(w->lastError().contains(QLatin1String("/nonexistent-folder/x")),
             qPrintable(w->lastError()));
    QTemporaryDir dir;
    QVERIFY(!w->exportDiagram(dir.filePath(QStringLiteral("x.gif"))));
    QVERIFY2(w->lastError().contains(QLatin1String(".svg, .png or .pdf")),
             qPrintable(w->lastError()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.gif"))));
    // A failed export leaves an earlier file as it was.
    const QString kept = dir.filePath(QStringLiteral("kept.png"));
    QVERIFY(w->exportDiagram(kept, 1));
    const QByteArray before = [&] {
        QFile f(kept);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(!w->exportDiagram(kept, 100000)); // far too large an image
    QVERIFY2(w->lastError().contains(QLatin1String("smaller scale")), qPrintable(w->lastError()));
    QFile f(kept);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDiagramExport::dialogWritesPngAtTheChosenScale()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    const QRectF bounds =
        Diagram(w->document()->plan(), w->validator()->result().findings, w->validator()->today())
            .bounds();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialog"));
    bool askedForScale = false;
    whenDialogAppears<QFileDialog>([&](QFileDialog *dialog) {
        dialog->selectNameFilter(QStringLiteral("PNG image (*.png)"));
        // Typed into the name field, as a user does (no suffix: the chosen type adds it).
        // selectFile() races the dialog's asynchronous folder listing on a loaded machine,
        // which can put the suggested name back.
        dialog->setDirectory(dir.path());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        // The scale question follows the file dialog for PNG.
        whenDialogAppears<QInputDialog>([&](QInputDialog *input) {
            askedForScale = true;
            QVERIFY(input->comboBoxItems().contains(QStringLiteral("4×")));
            input->setTextValue(QStringLiteral("4×"));
            input->accept();
        });
        // The dialog's own Save button, as a user clicks it.
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
    });
    QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFileInfo::exists(path + QStringLiteral(".png")));
    QVERIFY(askedForScale);
    QCOMPARE(QImage(path + QStringLiteral(".png")).size(), (bounds.size() * 4).toSize());
    QCOMPARE(QSettings().value(QStringLiteral("diagram/lastFolder")).toString(),
             QFileInfo(path).absolutePath());
}

void TestDiagramExport::printGoesThroughTheMenu()
{
    auto w = GuiTest::openSeedExample();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    // Cancelling the print dialog prints nothing.
    w->setPrinterChooser([](QPrinter *) { return false; });
    QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!QFileInfo::exists(pdf));
    w->setPrinterChooser([&pdf](QPrinter *printer) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return true;
    });
    QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(QFileInfo::exists(pdf));
    // One landscape page with the plan's words on it, as text.
    const QSizeF page = pdfPageSize(pdf);
    QVERIFY2(page.width() > page.height(), qPrintable(run(QStringLiteral("pdfinfo"), {pdf})));
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression("Pages:\\s+1\n")));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const Host &h : w->document()->plan().hosts)
        QVERIFY2(text.contains(h.id), qPrintable(h.id + QStringLiteral(" in\n") + text));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
