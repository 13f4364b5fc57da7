// Issue 9, fault 5: a network id of 64 KiB took 9 s and 4.2 GB to open in the editor and one of
// 256 KiB was killed for memory. Every text the canvas and the panels lay out is cut first; the
// id itself (over 63 characters) is an invalid-id error, and its card must show that.

#include "displaytext.h"
#include "canvas/entityitem.h"
#include "document/plandocument.h"
#include "guitest.h"
#include "panels/addressplanpanel.h"
#include "panels/issuespanel.h"
#include "panels/propertiespanel.h"

#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Planar;
using namespace Planar::GuiTest;

class TestLongText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void displayTextCuts();
    void longIdOpens_data();
    void longIdOpens();

private:
    std::unique_ptr<MainWindow> mWindow;
};

void TestLongText::initTestCase()
{
    isolateSettings();
}

void TestLongText::cleanup()
{
    if (!mWindow) return;
    mWindow->document()->setClean();
    mWindow.reset();
}

void TestLongText::displayTextCuts()
{
    QCOMPARE(displayText(QStringLiteral("short")), QStringLiteral("short"));
    const QString cut = displayText(QString(100, u'a'));
    QCOMPARE(cut.size(), DisplayTextMax);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    // A character outside the BMP is kept whole or dropped whole, never halved.
    const QString emoji = QString(DisplayTextMax - 2, u'a') + QString::fromUtf8("\xF0\x9F\x98\x80");
    QVERIFY(!displayText(emoji + u'b').at(DisplayTextMax - 2).isHighSurrogate());
    // Messages keep their words: only the long one (a quoted id) is cut.
    const QString message =
        displayLines(QStringLiteral("id '%1' is not a DNS-1123 label").arg(QString(500, u'x')));
    QCOMPARE(message, QStringLiteral("id '%1%2 is not a DNS-1123 label")
                          .arg(QString(DisplayTextMax, u'x').left(DisplayTextMax - 2),
                               QString(QChar(0x2026))));
    QCOMPARE(displayLines(QStringLiteral("ab ").repeated(300), 400).size(), 400);
    QCOMPARE(displayLines(QStringLiteral("a\n").repeated(50), 400, 12).count(u'\n'), 12);
}

void TestLongText::longIdOpens_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("size");
    // The network is the case that blew up; the other kinds must stay fine.
    QTest::newRow("network 64 KiB") << QStringLiteral("vm-ecommerce") << 64 * 1024;
    QTest::newRow("network 256 KiB") << QStringLiteral("vm-ecommerce") << 256 * 1024;
    QTest::newRow("host 256 KiB") << QStringLiteral("host1") << 256 * 1024;
    QTest::newRow("zone 256 KiB") << QStringLiteral("ecommerce") << 256 * 1024;
}

void TestLongText::longIdOpens()
{
    QFETCH(QString, id);
    QFETCH(int, size);
    // The seed with every mention of @p id (its own id and the references to it) made long.
    QFile seed(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QString longId = id + u'-';
    while (longId.size() < size)
        longId += QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789-");
    longId.truncate(size - 1);
    longId += u'z';
    QString yaml = QString::fromUtf8(seed.readAll());
    // Whole words only: "ecommerce" must not touch "vm-ecommerce".
    yaml.replace(QRegularExpression(
                     QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(id))),
                 longId);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("long.planar.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml.toUtf8());
    file.close();

    mWindow = std::make_unique<MainWindow>();
    MainWindow &w = *mWindow;
    w.setInteractive(false);
    w.validator()->setToday(QDate(2026, 11, 26));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.openFile(file.fileName()), qPrintable(w.lastError()));
    w.waitForValidation();
    w.view()->fitAll();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.document()->contains(longId));

    // The card: a short title, short lines, a short tooltip, and red.
    const EntityItem *card = w.scene()->entityItem(longId);
    QVERIFY(card);
    QVERIFY(card->content().title.size() <= DisplayTextMax);
    QVERIFY(card->content().title.startsWith(id));
    QCOMPARE(card->status(), ItemStatus::Error);
    QVERIFY2(card->toolTip().size() < 4000, qPrintable(card->toolTip().left(3000)));
    QVERIFY(card->toolTip().contains(QStringLiteral("DNS")) ||
            card->toolTip().contains(QStringLiteral("63")));
    for (const QGraphicsItem *item : w.scene()->items()) {
        if (const auto *entity = dynamic_cast<const EntityItem *>(item)) {
            for (const auto &line : entity->content().lines)
                QVERIFY2(line.text.size() <= 4 * DisplayTextMax, qPrintable(entity->key()));
        }
        QVERIFY(item->toolTip().size() < 4000);
    }

    // The finding is listed, its row cut.
    const auto &findings = w.validator()->result().findings;
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [&longId](const Finding &f) {
        return f.code == QLatin1String("invalid-id") && f.subjects.contains(longId);
    }));
    const int row = w.issues()->rowOf(QStringLiteral("invalid-id"));
    QVERIFY(row >= 0);
    QTreeWidget *tree = w.issues()->tree();
    for (int c = 0; c < tree->columnCount(); ++c)
        QVERIFY(tree->topLevelItem(row)->text(c).size() <= 16 * DisplayTextMax);

    // The address plan's rows are cut too (shown: hidden, the panel builds no rows).
    w.findChild<QDockWidget *>(QStringLiteral("addressDock"))->raise();
    QApplication::processEvents();
    const QAbstractItemModel *table = w.addressPlan()->table()->model();
    QVERIFY(table->rowCount() > 0);
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(table->index(r, c).data().toString().size() <= 4 * DisplayTextMax);

    // Selected, the panel's title is short but the Id field holds the whole id, so that the
    // user can fix it there; a valid id clears the error.
    w.scene()->selectKeys({longId});
    QCOMPARE(w.properties()->key(), longId);
    auto *edit = qobject_cast<QLineEdit *>(w.properties()->editor(QStringLiteral("id")));
    QVERIFY(edit);
    QCOMPARE(edit->text(), longId);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, id);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(w.document()->contains(id));
    w.waitForValidation();
    // No error is left; a zone of the seed's cluster keeps the info cluster-spans-zones.
    const ItemStatus fixed = w.document()->kindOf(id) == ItemKind::Zone ? ItemStatus::Info
                                                                         : ItemStatus::Ok;
    QTRY_COMPARE(w.scene()->entityItem(id)->status(), fixed);
}

QTEST_MAIN(TestLongText)
#include "tst_longtext.moc"
