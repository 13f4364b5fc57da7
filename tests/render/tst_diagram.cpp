// The diagram as the report and File ▸ Export Diagram… write it: parsed back as XML, rendered
// to PNG and PDF, read with poppler's tools as a user's viewer would.
#include "check/validator.h"
#include "diagram.h"
#include "io/planreader.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Planar;

namespace {

const QDate Today(2026, 11, 26);

Plan readExample(const QString &name)
{
    const ReadResult r = PlanReader::readFile(QStringLiteral(PLANAR_EXAMPLES "/") + name);
    if (!r.plan) qFatal("cannot read example %s", qPrintable(name));
    return *r.plan;
}

/** The seed plus one link the plane matrix denies and one allowed by an exception. */
Plan seedWithJudgedLinks()
{
    Plan plan = readExample(QStringLiteral("seed-three-planes.planar.yaml"));
    Link denied;
    denied.id = QStringLiteral("host-to-web");
    denied.from = QStringLiteral("host1");
    denied.to = QStringLiteral("web");
    denied.ports = {*PortRange::parse(QStringLiteral("8080/TCP"))};
    denied.reason = QStringLiteral("debugging");
    Link excepted = denied;
    excepted.id = QStringLiteral("host2-to-db");
    excepted.from = QStringLiteral("host2");
    excepted.to = QStringLiteral("db");
    excepted.exception = LinkException{
        QStringLiteral("incident 4711"), QStringLiteral("ops-lead"), QDate(2099, 1, 1), {}};
    plan.links << denied << excepted;
    return plan;
}

struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString parentDataLink; // data-link of the enclosing edge group
};

/** Every element of @p svg; fails the test when the XML does not parse. */
QList<Element> parse(const QByteArray &svg, QString *error)
{
    QList<Element> out;
    QXmlStreamReader xml(svg);
    QStringList links;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Element e{xml.name().toString(), xml.attributes(),
                      links.isEmpty() ? QString() : links.last()};
            links << xml.attributes().value(QStringLiteral("data-link")).toString();
            if (links.last().isEmpty() && links.size() > 1) links.last() = links[links.size() - 2];
            out << e;
        } else if (xml.isEndElement()) {
            links.removeLast();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QString attr(const Element &e, const char *name)
{
    return e.attributes.value(QLatin1String(name)).toString();
}

} // namespace

class TestDiagram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEntityAndLinkHasAnElement();
    void deniedLinksAreRedAndExceptionsDashed();
    void freeTextIsEscaped();
    void sameSvgBytesForTheSamePlan();
    void layoutPositionsAreUsed();
    void pngHasTheSizeOfTheScale();
    void pdfKeepsVectorsAndText();
};

void TestDiagram::everyEntityAndLinkHasAnElement()
{
    const Plan plan = readExample(QStringLiteral("seed-three-planes.planar.yaml"));
    const Diagram diagram(plan, validatePlan(plan, Today), Today);
    QString error;
    const QList<Element> elements = parse(diagram.toSvg(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(elements.first().name, QStringLiteral("svg"));
    QMultiHash<QString, QString> nodes; // data-id → data-kind
    QStringList edges;
    for (const Element &e : elements) {
        if (e.attributes.hasAttribute(QLatin1String("data-id")))
            nodes.insert(attr(e, "data-id"), attr(e, "data-kind"));
        if (e.attributes.hasAttribute(QLatin1String("data-link"))) edges << attr(e, "data-link");
    }
    QStringList expected;
    for (const Host &h : plan.hosts)
        expected << h.id;
    for (const Vm &vm : plan.vms)
        expected << vm.id;
    for (const Network &n : plan.networks)
        expected << n.id;
    for (const Workload &w : plan.workloads)
        expected << w.id;
    for (const Zone &z : plan.zones)
        expected << z.id;
    for (const QString &id : expected)
        QVERIFY2(nodes.count(id) == 1, qPrintable(id));
    QCOMPARE(nodes.value(QStringLiteral("host1")), QStringLiteral("host"));
    QCOMPARE(nodes.value(QStringLiteral("node3")), QStringLiteral("vm"));
    QCOMPARE(nodes.value(QStringLiteral("payments")), QStringLiteral("zone"));
    QStringList linkIds;
    for (const Link &l : plan.links)
        linkIds << l.id;
    QCOMPARE(edges, linkIds);
    // Each edge with both ends on the picture is drawn: a line and an arrow head.
    for (const QString &link : linkIds) {
        int lines = 0;
        for (const Element &e : elements)
            if (e.parentDataLink == link && e.name == QLatin1String("line")) ++lines;
        QVERIFY2(lines == 1, qPrintable(link));
    }
    // The CDE zone is framed and marked.
    bool cdeFrame = false;
    for (const Element &e : elements)
        if (attr(e, "data-zone") == QLatin1String("payments"))
            cdeFrame = attr(e, "data-cde") == QLatin1String("true");
    QVERIFY(cdeFrame);
    QVERIFY(diagram.toSvg().contains(">CDE<"));
}

void TestDiagram::deniedLinksAreRedAndExceptionsDashed()
{
    const Plan plan = seedWithJudgedLinks();
    const Diagram diagram(plan, validatePlan(plan, Today), Today);
    QString error;
    const QList<Element> elements = parse(diagram.toSvg(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto lineOf = [&elements](const QString &link) {
        for (const Element &e : elements)
            if (e.parentDataLink == link && e.name == QLatin1String("line")) return e;
        return Element{};
    };
    const Element denied = lineOf(QStringLiteral("host-to-web"));
    QCOMPARE(attr(denied, "stroke"), QStringLiteral("#d32f2f"));
    const Element excepted = lineOf(QStringLiteral("host2-to-db"));
    QVERIFY(!attr(excepted, "stroke-dasharray").isEmpty());
    QVERIFY(attr(excepted, "stroke") != QLatin1String("#d32f2f"));
    const Element allowed = lineOf(QStringLiteral("web-to-db"));
    QVERIFY(attr(allowed, "stroke-dasharray").isEmpty());
    QVERIFY(attr(allowed, "stroke") != QLatin1String("#d32f2f"));
    // When the exception has expired the same link is denied again.
    const QDate later(2099, 1, 2);
    const Diagram expired(plan, validatePlan(plan, later), later);
    QString error2;
    for (const Element &e : parse(expired.toSvg(), &error2))
        if (e.parentDataLink == QLatin1String("host2-to-db") && e.name == QLatin1String("line"))
            QCOMPARE(attr(e, "stroke"), QStringLiteral("#d32f2f"));
}

void TestDiagram::freeTextIsEscaped()
{
    Plan plan = readExample(QStringLiteral("seed-three-planes.planar.yaml"));
    const QString evil = QStringLiteral("</text><script>alert('x')</script> & \"q\"");
    plan.name = evil;
    plan.zones[1].name = evil;
    plan.cluster.name = QStringLiteral("<b>c</b>");
    plan.workloads[0].nodes.clear();
    plan.workloads[0].expose->type = QStringLiteral("x'\"<y>");
    plan.links[0].id = QStringLiteral("a\"b<c>'&");
    const QByteArray svg = Diagram(plan, {}, Today).toSvg();
    QString error;
    const QList<Element> elements = parse(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!svg.contains("<script"));
    QVERIFY(!svg.contains("</text><script>"));
    QVERIFY(svg.contains("&lt;/text&gt;&lt;script&gt;alert(&#39;x&#39;)"));
    QVERIFY(!svg.contains("<b>"));
    for (const Element &e : elements)
        QVERIFY(e.name != QLatin1String("script") && e.name != QLatin1String("b"));
    QVERIFY(svg.contains("data-link=\"a&quot;b&lt;c&gt;&#39;&amp;\""));
    // A long name is cut to its card instead of running over its neighbours.
    plan.hosts[0].id = QString(200, u'h');
    const QByteArray longSvg = Diagram(plan, {}, Today).toSvg();
    QVERIFY(!QString::fromUtf8(longSvg).contains(
        QRegularExpression(QStringLiteral("<text[^>]*>h{60}"))));
    QVERIFY(longSvg.contains(QStringLiteral("…").toUtf8()));
}

void TestDiagram::sameSvgBytesForTheSamePlan()
{
    const Plan plan = seedWithJudgedLinks();
    const QByteArray a = Diagram(plan, validatePlan(plan, Today), Today).toSvg();
    const Plan copy = seedWithJudgedLinks();
    const QByteArray b = Diagram(copy, validatePlan(copy, Today), Today).toSvg();
    QCOMPARE(a, b);
    QVERIFY(a.size() > 5000);
}

void TestDiagram::layoutPositionsAreUsed()
{
    Plan plan = readExample(QStringLiteral("seed-three-planes.planar.yaml"));
    plan.layout << LayoutEntry{QStringLiteral("host1"), QPointF(1230, 1290)};
    QString error;
    for (const Element &e : parse(Diagram(plan, {}, Today).toSvg(), &error)) {
        if (e.name == QLatin1String("rect") && e.parentDataLink.isEmpty() &&
            attr(e, "x") == QLatin1String("1230"))
            return;
    }
    QFAIL("host1's card is not at its layout position");
}

void TestDiagram::pngHasTheSizeOfTheScale()
{
    const Plan plan = readExample(QStringLiteral("mistakes-flows.planar.yaml"));
    const Diagram diagram(plan, validatePlan(plan, Today), Today);
    const QSize size = (diagram.bounds().size() * 2).toSize();
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(2, 2);
    painter.translate(-diagram.bounds().topLeft());
    diagram.paint(&painter);
    painter.end();
    QCOMPARE(image.size(), size);
    // Something was drawn: the Pod band's colour fills the top left.
    QCOMPARE(image.pixelColor(40, 40), Theme::bandColor(Theme::Band::Pod));
    if (qEnvironmentVariableIsSet("PLANAR_DIAGRAM_PNG"))
        image.save(qEnvironmentVariable("PLANAR_DIAGRAM_PNG"));
}

void TestDiagram::pdfKeepsVectorsAndText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed (installer/setup-debian.sh installs it)");
    const Plan plan = seedWithJudgedLinks();
    const Diagram diagram(plan, validatePlan(plan, Today), Today);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(diagram.bounds().size(), QPageSize::Point));
        writer.setPageMargins({});
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.translate(-diagram.bounds().topLeft());
        diagram.paint(&painter);
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished());
    QCOMPARE(info.exitCode(), 0);
    const QByteArray infoText = info.readAllStandardOutput();
    QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))
                 .match(QString::fromUtf8(infoText))
                 .hasMatch(),
             infoText.constData());
    // Vectors: a bitmap of a ~1400×700 picture would be far larger than this.
    QVERIFY2(QFileInfo(path).size() < 200 * 1024,
             qPrintable(QString::number(QFileInfo(path).size())));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QLatin1String("payment-api")), qPrintable(words));
    QVERIFY(words.contains(QLatin1String("host1")));
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
