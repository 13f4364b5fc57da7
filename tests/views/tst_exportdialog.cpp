// The editor's Export dialog, driven like a user would: tick formats, type a folder, press
// Export, and read the result list.
#include "dialogs/exportdialog.h"
#include "export/exportrunner.h"
#include "io/planreader.h"
#include "reportexporter.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Planar;

class TestExportDialog : public QObject {
    Q_OBJECT
public Q_SLOTS:
    // QDesktopServices hands file: URLs here instead of starting a file manager.
    void openUrl(const QUrl &url) { mOpened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    void exportsLikeTheRunner();
    void refusesErrorsUnlessForced();
    void forceOnlyForPlansWithErrors();
    void noFormatDisablesExport();
    void showsExporterWarnings();
    void unsafeNameWritesNothingEvenForced();
    void neverOverwritesThePlanFile();
    void defaultFolder_data();
    void defaultFolder();
    void listsAndWritesTheReport();
    void screenshot();

private:
    static Plan load(const QString &name);
    /** Shows the dialog, ticks exactly @p kinds, types @p folder and presses Export. */
    static void exportWith(ExportDialog &dialog, const QStringList &kinds, const QString &folder);
    static QStringList resultLines(const ExportDialog &dialog);
    static QString status(const ExportDialog &dialog);
    static QStringList filesIn(const QString &folder);

    Plan mSeed;
    Plan mFlows;
    QList<QUrl> mOpened;
};

Plan TestExportDialog::load(const QString &name)
{
    const ReadResult r = PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/") + name);
    return r.plan ? *r.plan : Plan();
}

void TestExportDialog::initTestCase()
{
    mSeed = load(QStringLiteral("seed-three-planes.planar.yaml"));
    mFlows = load(QStringLiteral("mistakes-flows.planar.yaml"));
    QVERIFY(!mSeed.hosts.isEmpty());
    QVERIFY(!mFlows.hosts.isEmpty());
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    // As the editor's main() does: the report lives outside planar_model.
    registerReportExporter();
}

void TestExportDialog::exportWith(ExportDialog &dialog, const QStringList &kinds,
                                  const QString &folder)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (!box->objectName().startsWith(QLatin1String("kind."))) continue;
        if (box->isChecked() != kinds.contains(box->objectName().mid(5)))
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    QCOMPARE(dialog.selectedKinds(), kinds);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("folder"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, folder);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
}

QStringList TestExportDialog::resultLines(const ExportDialog &dialog)
{
    QStringList lines;
    const auto *list = dialog.findChild<QListWidget *>(QStringLiteral("results"));
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

QString TestExportDialog::status(const ExportDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("status"))->text();
}

QStringList TestExportDialog::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestExportDialog::exportsLikeTheRunner()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("seed-out"));
    ExportDialog dialog(mSeed, {});
    exportWith(dialog, {QStringLiteral("nftables"), QStringLiteral("networkpolicy")}, out);
    QVERIFY2(status(dialog).contains(QStringLiteral("Wrote")), qPrintable(status(dialog)));

    // Byte for byte what the CLI's runner produces, and nothing else in the folder.
    QStringList expected;
    for (const QString &kind : {QStringLiteral("nftables"), QStringLiteral("networkpolicy")}) {
        const ExportResult r = ExportRunner::run(mSeed, kind, ExportOptions());
        QVERIFY(r.ok());
        for (const ExportedFile &f : r.files) {
            expected.append(f.name);
            QFile file(QDir(out).filePath(f.name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), f.data);
            QVERIFY(resultLines(dialog).contains(QDir::toNativeSeparators(file.fileName())));
        }
    }
    QVERIFY(expected.contains(QStringLiteral("networkpolicies.yaml")));
    QVERIFY(expected.size() >= 3); // a ruleset per host besides the policies
    QCOMPARE(dialog.writtenFiles().size(), expected.size());
    expected.sort();
    QCOMPARE(filesIn(out), expected);

    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openFolder"));
    QVERIFY(open->isEnabled());
    mOpened.clear();
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(mOpened, QList<QUrl>{QUrl::fromLocalFile(out)});
}

void TestExportDialog::refusesErrorsUnlessForced()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("flows"));
    ExportDialog dialog(mFlows, {});
    auto *force = dialog.findChild<QCheckBox *>(QStringLiteral("force"));
    QVERIFY(force->isEnabled());
    QVERIFY(!force->isChecked());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planStatus"))
                ->text()
                .contains(QStringLiteral("error")));

    exportWith(dialog, {QStringLiteral("nftables"), QStringLiteral("networkpolicy")}, out);
    QVERIFY2(status(dialog).contains(QStringLiteral("Nothing was written")),
             qPrintable(status(dialog)));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(dialog.writtenFiles().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openFolder"))->isEnabled());
    // The findings that block the export are listed, so the user knows what to fix.
    const QStringList refused = resultLines(dialog);
    QVERIFY(!refused.isEmpty());
    for (const QString &line : refused)
        QVERIFY2(line.startsWith(QStringLiteral("Plan error ")), qPrintable(line));

    QTest::mouseClick(force, Qt::LeftButton, {}, QPoint(8, force->height() / 2));
    QVERIFY(force->isChecked());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    QVERIFY2(status(dialog).contains(QStringLiteral("Wrote")), qPrintable(status(dialog)));
    QVERIFY(filesIn(out).contains(QStringLiteral("networkpolicies.yaml")));
    QCOMPARE(filesIn(out).size(), dialog.writtenFiles().size());
    QFile policies(QDir(out).filePath(QStringLiteral("networkpolicies.yaml")));
    QVERIFY(policies.open(QIODevice::ReadOnly));
    QVERIFY(policies.readAll().contains("# WARNING: written with --force"));
    // The forced-export warning is shown once for both formats, not once per format.
    const QStringList forced = resultLines(dialog).filter(QStringLiteral("--force"));
    QCOMPARE(forced.size(), 1);
    QVERIFY2(forced.first().contains(QStringLiteral("nftables, networkpolicy")),
             qPrintable(forced.first()));
}

void TestExportDialog::forceOnlyForPlansWithErrors()
{
    ExportDialog dialog(mSeed, {});
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("force"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planStatus"))
                ->text()
                .contains(QStringLiteral("no errors")));
}

void TestExportDialog::noFormatDisablesExport()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("none"));
    ExportDialog dialog(mSeed, {});
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("export"));
    QVERIFY(button->isEnabled());
    exportWith(dialog, {}, out);
    QVERIFY(!button->isEnabled());
    // Enter (the default button) must not export either.
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("folder")), Qt::Key_Return);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(resultLines(dialog).isEmpty());

    auto *yaml = dialog.findChild<QCheckBox *>(QStringLiteral("kind.yaml"));
    QTest::mouseClick(yaml, Qt::LeftButton, {}, QPoint(8, yaml->height() / 2));
    QVERIFY(button->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("folder"))->clear();
    QVERIFY(!button->isEnabled());
}

void TestExportDialog::showsExporterWarnings()
{
    Plan plan = mSeed;
    plan.adminNetworks.clear();
    QTemporaryDir tmp;
    ExportDialog dialog(plan, {});
    exportWith(dialog, {QStringLiteral("nftables")}, tmp.path());
    QVERIFY2(status(dialog).contains(QStringLiteral("warnings")), qPrintable(status(dialog)));
    const QStringList warnings = resultLines(dialog).filter(QStringLiteral("Warning: nftables: "));
    QVERIFY(!warnings.filter(QStringLiteral("adminNetworks")).isEmpty());
}

void TestExportDialog::unsafeNameWritesNothingEvenForced()
{
    Plan plan = mSeed;
    plan.hosts[0].nics[0].name = QStringLiteral("eth0\n}");
    QTemporaryDir tmp;
    ExportDialog dialog(plan, {});
    auto *force = dialog.findChild<QCheckBox *>(QStringLiteral("force"));
    if (force->isEnabled()) force->setChecked(true); // the validator may flag the name too
    // networkpolicy alone could be written; the batch must still write none of it.
    exportWith(dialog, {QStringLiteral("nftables"), QStringLiteral("networkpolicy")}, tmp.path());
    QVERIFY2(status(dialog).contains(QStringLiteral("cannot be exported safely")),
             qPrintable(status(dialog)));
    QCOMPARE(filesIn(tmp.path()), QStringList());
    const QStringList errors = resultLines(dialog).filter(QStringLiteral("Error: nftables: "));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().contains(QStringLiteral("nics[0].name")), qPrintable(errors.first()));
}

void TestExportDialog::neverOverwritesThePlanFile()
{
    QTemporaryDir tmp;
    const QString planPath = tmp.filePath(mSeed.name + QStringLiteral(".planar.yaml"));
    QVERIFY(
        QFile::copy(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"), planPath));
    QFile original(planPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    ExportDialog dialog(mSeed, planPath);
    exportWith(dialog, {QStringLiteral("yaml")}, tmp.path());
    QVERIFY2(status(dialog).contains(QStringLiteral("Nothing was written")),
             qPrintable(status(dialog)));
    QVERIFY(!resultLines(dialog).filter(QStringLiteral("plan file itself")).isEmpty());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestExportDialog::defaultFolder_data()
{
    QTest::addColumn<QString>("planPath");
    QTest::addColumn<QString>("planName");
    QTest::addColumn<QString>("folder");
    QTest::newRow("planar.yaml") << "/srv/plans/lab.planar.yaml"
                                 << "x"
                                 << "/srv/plans/lab-export";
    QTest::newRow("yml") << "/srv/plans/dc1.yml"
                         << "x"
                         << "/srv/plans/dc1-export";
    QTest::newRow("other suffix") << "/srv/plans/dc1.txt"
                                  << "x"
                                  << "/srv/plans/dc1-export";
    QTest::newRow("unsaved") << ""
                             << "lab" << QDir::home().filePath(QStringLiteral("lab-export"));
    QTest::newRow("unsaved, odd name")
        << ""
        << "a/../b" << QDir::home().filePath(QStringLiteral("planar-export"));
}

void TestExportDialog::defaultFolder()
{
    QFETCH(QString, planPath);
    QFETCH(QString, planName);
    QFETCH(QString, folder);
    QCOMPARE(ExportDialog::defaultFolder(planPath, planName), folder);
    if (!planPath.isEmpty()) {
        ExportDialog dialog(mSeed, planPath);
        QCOMPARE(dialog.folder(), folder);
    }
}

void TestExportDialog::listsAndWritesTheReport()
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("report-out"));
    ExportDialog dialog(mSeed, {});
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("kind.report")));
    exportWith(dialog, {QStringLiteral("report")}, out);
    QVERIFY2(status(dialog).contains(QStringLiteral("Wrote")), qPrintable(status(dialog)));
    QCOMPARE(filesIn(out), (QStringList{"checklist.csv", "flows.csv", "report.html", "report.json",
                                        "report.pdf"}));
    // The same report the CLI writes (the PDF differs only by its creation date).
    ExportOptions options;
    options.today = QDate::currentDate();
    const ExportResult r = ExportRunner::run(mSeed, QStringLiteral("report"), options);
    QVERIFY(r.ok());
    for (const ExportedFile &f : r.files) {
        if (f.name == u"report.pdf") continue;
        QFile file(QDir(out).filePath(f.name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), f.data);
    }
}

void TestExportDialog::screenshot()
{
    // The picture in the docs: the seed example right after an export into its default folder.
    // PLANAR_SCREENSHOT_DIR saves it; the test checks that it is not blank.
    const Plan &plan = mSeed;
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/plans-XXXXXX"));
    const QString planPath = tmp.filePath(QStringLiteral("seed-three-planes.planar.yaml"));
    ExportDialog dialog(plan, planPath);
    exportWith(dialog, {QStringLiteral("nftables"), QStringLiteral("networkpolicy")},
               dialog.folder());
    const QImage image = dialog.grab().toImage();
    QVERIFY(image.width() >= 500);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    const QString dir = qEnvironmentVariable("PLANAR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
