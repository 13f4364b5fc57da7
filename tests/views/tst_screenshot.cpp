#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersTheSeedExample();
    void brokenPlanFailsWithPosition();

private:
    QString planar() const { return QStringLiteral(PLANAR_BINARY_DIR "/app/gui/planar"); }
};

void TestScreenshot::rendersTheSeedExample()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("seed.png"));
    QProcess p;
    p.start(planar(), {QStringLiteral("--screenshot"), out,
                       QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1600, 1000));
    // Not a blank window: the plane bands and cards put many colours on it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::brokenPlanFailsWithPosition()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("broken.planar.yaml"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("planar: 1\nname: broken\nhosts: [\n");
    f.close();
    const QString out = dir.filePath(QStringLiteral("never.png"));
    QProcess p;
    p.start(planar(), {QStringLiteral("--screenshot"), out, plan});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError())
                .contains(QStringLiteral("broken.planar.yaml:")));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
