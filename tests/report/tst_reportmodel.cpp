// The compliance report's model: the seed's expected result, one changed plan per auto row,
// agreement with planar-cli explain, and the CSV/JSON shapes (compliance.md).
#include "check/validator.h"
#include "export/flowexplainer.h"
#include "export/linkflows.h"
#include "generate/plangenerator.h"
#include "io/planreader.h"
#include "report/enforcement.h"
#include "report/reportbuilder.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "report/reportjson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Planar;

namespace {

const QDate Today(2026, 11, 30);

Plan load(const QString &path)
{
    const ReadResult r = PlanReader::readFile(path);
    if (!r.plan) qFatal("%s", qPrintable(r.errors.value(0).toString()));
    return *r.plan;
}

Plan seed()
{
    return load(QStringLiteral(PLANAR_EXAMPLES "/seed-three-planes.planar.yaml"));
}

/** What a complete diagram of @p plan shows: a node per entity, an edge per link. */
DiagramEvidence fullDiagram(const Plan &p)
{
    DiagramEvidence d;
    for (const Host &e : p.hosts)
        d.nodes.insert(e.id);
    for (const Vm &e : p.vms)
        d.nodes.insert(e.id);
    for (const Network &e : p.networks)
        d.nodes.insert(e.id);
    for (const Workload &e : p.workloads)
        d.nodes.insert(e.id);
    for (const Zone &e : p.zones)
        d.nodes.insert(e.id);
    for (const Link &l : p.links)
        d.links.insert(LinkFlows::linkName(l));
    return d;
}

Report reportOf(const Plan &p)
{
    const DiagramEvidence d = fullDiagram(p);
    return buildReport(p, Today, validatePlan(p, Today), &d);
}

QStringList idsWith(const Report &r, CheckStatus status)
{
    QStringList out;
    for (const ReportCheck &c : r.checks)
        if (c.status == status) out << c.id;
    out.sort();
    return out;
}

} // namespace

class TestReportModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedHasTheContractsResult();
    void seedScope();
    void eachChangedPlanFailsExactlyItsRows_data();
    void eachChangedPlanFailsExactlyItsRows();
    void mixedHostNeedsReview();
    void freshReviewPasses();
    void missingDiagramEdgeFailsTheDiagramRow();
    void planWithoutProfilesHasNoChecks();
    void zoneMatrixAgreesWithExplain();
    void flowsCsvHasOneRowPerLinkAndPort();
    void jsonAndCsvChecklistsAgree();
    void csvEscapesFreeText();
    void exceptionsCountDaysLeft();
    void htmlIsWellFormedWithSectionsInOrder_data();
    void htmlIsWellFormedWithSectionsInOrder();
    void htmlEscapesFreeText();
    void pdfTablesStopAtTheRowLimit();
    void planBeyondTheEnforcementLimitSaysItWasNotRead();
};

void TestReportModel::seedHasTheContractsResult()
{
    const Plan p = seed();
    const Report r = reportOf(p);
    const QList<Finding> findings = validatePlan(p, Today);
    QVERIFY(findings.size() == 1 && findings[0].code == QLatin1String("cluster-spans-zones"));
    QCOMPARE(r.checks.size(), 19);
    QCOMPARE(idsWith(r, CheckStatus::Fail), QStringList());
    QCOMPARE(idsWith(r, CheckStatus::Manual),
             (QStringList{"pci-1.2.4", "pci-1.2.7", "pci-11.4.5", "pci-12.5.2"}));
    QCOMPARE(idsWith(r, CheckStatus::NotApplicable), QStringList());
    QCOMPARE(r.verdict("pci-dss"), QStringLiteral("manual review required"));
    QCOMPARE(r.verdict("mlps2-level3"), QStringLiteral("pass"));
    QCOMPARE(r.profiles, (QStringList{"mlps2-level3", "pci-dss"}));
    // The flows the exporters write, named as they name them.
    const ReportFlow &pay = r.flows[1];
    QCOMPARE(pay.link, QStringLiteral("web-to-payments"));
    QCOMPARE(pay.verdict, QStringLiteral("allowed"));
    QCOMPARE(pay.cde, QStringLiteral("inbound"));
    QCOMPARE(pay.planes, QStringLiteral("pod->pod"));
    QVERIFY2(pay.enforcedBy.contains("networkpolicies.yaml:payments/web-to-payments-ingress"),
             qPrintable(pay.enforcedBy.join(' ')));
    QVERIFY2(r.flows[3].enforcedBy == QStringList{"host1.nft:input"},
             qPrintable(r.flows[3].enforcedBy.join(' ')));
    QCOMPARE(r.flows[3].cde, QStringLiteral("none"));
}

void TestReportModel::seedScope()
{
    const Report r = reportOf(seed());
    QCOMPARE(r.zones[1].scope, Scope::Cde);
    QCOMPARE(r.zones[0].scope, Scope::ConnectedTo); // web, a member, links to payment-api
    QVERIFY(r.cdeEntities.contains("payment-api"));
    QVERIFY(r.cdeEntities.contains("node3"));
    QVERIFY(r.cdeEntities.contains("vm-payments"));
    QVERIFY(r.connectedEntities.contains("web"));
    QVERIFY(r.connectedEntities.contains("host2")); // runs node3
    QVERIFY(!r.connectedEntities.contains("host1"));
    QVERIFY(r.outOfScopeEntities.contains("db"));
    QVERIFY(r.outOfScopeEntities.contains("host1"));
    // cluster-spans-zones: the system flows join node1 and node2 to the CDE node node3.
    QVERIFY(r.connectedEntities.contains("node1") && r.connectedEntities.contains("node2"));
    Plan p = seed();
    p.links.removeIf([](const Link &l) { return l.id == QLatin1String("web-to-payments"); });
    QCOMPARE(reportOf(p).zones[0].scope, Scope::ConnectedTo); // by the cluster alone
    p.cluster.cni = QStringLiteral("weave"); // no CNI rows and no control plane: no flows
    QCOMPARE(reportOf(p).zones[0].scope, Scope::OutOfScope);
}

void TestReportModel::eachChangedPlanFailsExactlyItsRows_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PLANAR_TEST_DATA "/report"));
    int rows = 0;
    for (const QFileInfo &f : dir.entryInfoList({"*.planar.yaml"})) {
        QFile file(f.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (!file.readAll().contains("\n# fails: ")) continue;
        QTest::newRow(qPrintable(f.baseName())) << f.filePath();
        ++rows;
    }
    QVERIFY(rows >= 11); // one per kind of change the contract lists
}

void TestReportModel::eachChangedPlanFailsExactlyItsRows()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const auto m = QRegularExpression(QStringLiteral("\n# fails: ([^\n]*)")).match(text);
    QStringList expected = m.captured(1).split(' ', Qt::SkipEmptyParts);
    expected.sort();
    const Report r = reportOf(load(path));
    QCOMPARE(idsWith(r, CheckStatus::Fail), expected);
    for (const ReportCheck &c : r.checks)
        if (c.status == CheckStatus::Fail) QVERIFY2(!c.details.isEmpty(), qPrintable(c.id));
}

void TestReportModel::mixedHostNeedsReview()
{
    const Report r =
        reportOf(load(QStringLiteral(PLANAR_TEST_DATA "/report/mixed-host.planar.yaml")));
    QCOMPARE(r.check("pci-2.2.3")->status, CheckStatus::Manual);
    QCOMPARE(r.check("pci-2.2.3")->subjects, QStringList{"host1"});
    QCOMPARE(idsWith(r, CheckStatus::Fail), QStringList());
}

void TestReportModel::freshReviewPasses()
{
    const Report r =
        reportOf(load(QStringLiteral(PLANAR_TEST_DATA "/report/fresh-review.planar.yaml")));
    QCOMPARE(r.check("pci-1.2.7")->status, CheckStatus::Pass);
    QVERIFY(r.check("pci-1.2.7")->automatic);
    // 183 days is the limit: 2026-11-01 + 183 days still passes, a day later fails.
    Plan p = seed();
    p.reviewed = Review{QStringLiteral("netsec"), Today.addDays(-183), {}};
    QCOMPARE(reportOf(p).check("pci-1.2.7")->status, CheckStatus::Pass);
    p.reviewed->date = Today.addDays(-184);
    QCOMPARE(reportOf(p).check("pci-1.2.7")->status, CheckStatus::Fail);
    p.reviewed = Review{QString(), Today, {}};
    QCOMPARE(reportOf(p).check("pci-1.2.7")->status, CheckStatus::Fail);
}

void TestReportModel::missingDiagramEdgeFailsTheDiagramRow()
{
    const Plan p = seed();
    DiagramEvidence d = fullDiagram(p);
    d.links.remove(QStringLiteral("web-to-db"));
    d.nodes.remove(QStringLiteral("host2"));
    const Report r = buildReport(p, Today, {}, &d);
    QCOMPARE(r.check("pci-1.2.3")->status, CheckStatus::Fail);
    QCOMPARE(r.check("pci-1.2.3")->subjects, (QStringList{"host2", "web-to-db"}));
    QCOMPARE(buildReport(p, Today, {}, nullptr).check("pci-1.2.3")->status, CheckStatus::Fail);
}

void TestReportModel::planWithoutProfilesHasNoChecks()
{
    Plan p = seed();
    p.profiles = {QStringLiteral("pci-dss"), QStringLiteral("sox")};
    Report r = reportOf(p);
    QCOMPARE(r.checks.size(), 10);
    QCOMPARE(r.unknownProfiles, QStringList{"sox"});
    p.profiles.clear();
    r = reportOf(p);
    QVERIFY(r.checks.isEmpty());
    QVERIFY(!r.zones.isEmpty() && !r.flows.isEmpty() && !r.probes.isEmpty());
}

void TestReportModel::zoneMatrixAgreesWithExplain()
{
    const Plan p = seed();
    const Report r = reportOf(p);
    const FlowExplainer explainer(p, Today);
    int linkedCells = 0, deniedPairs = 0;
    for (const ReportZone &a : r.zones)
        for (const ReportZone &b : r.zones) {
            const ZoneCell *cell = r.zoneCell(a.id, b.id);
            if (cell) {
                ++linkedCells;
                for (const ReportFlow &f : r.flows) {
                    if (!cell->links.contains(f.link)) continue;
                    for (const QString &port : f.ports) {
                        // explain asks ports; IP-in-IP (a system flow) is proven in netns.
                        const std::optional<PortRange> range = PortRange::parse(port);
                        if (f.system && !range) continue;
                        // A system flow's row names the nodes at each end.
                        for (const QString &x : f.from.split(QLatin1Char(' ')))
                            for (const QString &y : f.to.split(QLatin1Char(' '))) {
                                if (x == y) continue;
                                const FlowExplanation e = explainer.explain(x, y, range);
                                QVERIFY2(e.allowed ==
                                             f.verdict.startsWith(QLatin1String("allowed")),
                                         qPrintable(f.link + ": " + x + " -> " + y));
                            }
                    }
                }
                continue;
            }
            // "deny (default)": explain denies every member of A reaching every member of B.
            for (const QString &x : a.workloads + a.vms)
                for (const QString &y : b.workloads + b.vms) {
                    QVERIFY2(!explainer.explain(x, y, std::nullopt).allowed,
                             qPrintable(x + " -> " + y));
                    ++deniedPairs;
                }
        }
    // ecommerce→ecommerce, ecommerce→payments, and payments→ecommerce by the system flows
    QCOMPARE(linkedCells, 3);
    QVERIFY(deniedPairs > 0);
}

void TestReportModel::flowsCsvHasOneRowPerLinkAndPort()
{
    Plan p = seed();
    p.links[0].ports.append(*PortRange::parse("33060/TCP"));
    p.links[2].ports.clear();
    const Report r = reportOf(p);
    int expected = 0;
    for (const Link &l : p.links)
        expected += qMax(1, int(l.ports.size()));
    for (const ReportFlow &f : r.flows) // one port each: 179/TCP, 5473/TCP, IP protocol 4
        expected += f.system ? 1 : 0;
    const QStringList lines = QString::fromUtf8(flowsCsv(r)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("link,from,from_kind,from_zone,to,to_kind,to_zone,port,"
                                           "protocol,plane_pair,verdict,cde,reason"));
    QCOMPARE(lines.size() - 1, expected);
    QVERIFY(lines.contains("web-to-db,web,workload,ecommerce,db,workload,ecommerce,33060,TCP,"
                           "pod->pod,allowed,none,orders database"));
    // rules.md: the system flows are flows with the reason "Kubernetes system flow (implicit)".
    QVERIFY2(lines.contains("system-calico-bgp,node1 node2,VM,ecommerce,node3,VM,payments,179,TCP,"
                            "vm->vm,allowed,inbound,Kubernetes system flow (implicit)"),
             qPrintable(lines.join('\n')));
    QVERIFY(lines.contains("system-ip-in-ip-encapsulation,node3,VM,payments,node1 node2,VM,"
                           "ecommerce,,IP protocol 4,vm->vm,allowed,outbound,"
                           "Kubernetes system flow (implicit)"));
    QVERIFY2(lines.filter(QRegularExpression("^internet-to-web,.*,all,,external->pod,")).size() ==
                 1,
             qPrintable(lines.join('\n')));
}

void TestReportModel::jsonAndCsvChecklistsAgree()
{
    const Report r = reportOf(load(QStringLiteral(PLANAR_TEST_DATA "/report/no-cde.planar.yaml")));
    const QJsonDocument json = QJsonDocument::fromJson(reportJson(r));
    QVERIFY(json.isObject());
    const QJsonObject o = json.object();
    QCOMPARE(o.keys().size(), 9);
    QCOMPARE(o["generator"].toObject()["exporter"].toString(), QStringLiteral("report"));
    QCOMPARE(o["generator"].toObject()["sha256"].toString().size(), 64);
    QStringList fromJson, fromCsv;
    for (const QJsonValue &c : o["checks"].toArray())
        fromJson << c["id"].toString() + '=' + c["status"].toString();
    const QStringList lines = QString::fromUtf8(checklistCsv(r)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("profile,check,refs,mode,status,subjects,detail"));
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(',');
        fromCsv << cells[1] + '=' + cells[4];
    }
    QCOMPARE(fromCsv, fromJson);
    QVERIFY(fromJson.contains("pci-1.3.1=n/a"));
    QVERIFY(fromJson.contains("pci-12.5.2=fail"));
    // Keys in the contract's order.
    const QByteArray text = reportJson(r);
    qsizetype last = -1;
    for (const char *key :
         {"\"generator\"", "\"profiles\"", "\"verdicts\"", "\"zones\"", "\"flows\"",
          "\"exceptions\"", "\"checks\"", "\"findings\"", "\"segmentationTests\""}) {
        const qsizetype at = text.indexOf(key);
        QVERIFY2(at > last, key);
        last = at;
    }
}

void TestReportModel::csvEscapesFreeText()
{
    QCOMPARE(csvCell("=HYPERLINK(\"x\")"), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(csvCell("+1"), QStringLiteral("'+1"));
    QCOMPARE(csvCell("-1"), QStringLiteral("'-1"));
    QCOMPARE(csvCell("@SUM(A1)"), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(csvCell("\tx"), QStringLiteral("'\tx"));
    QCOMPARE(csvCell("a,b"), QStringLiteral("\"a,b\""));
    QCOMPARE(csvCell("line\nbreak"), QStringLiteral("\"line\nbreak\""));
    QCOMPARE(csvCell("plain text"), QStringLiteral("plain text"));
    const Report r =
        reportOf(load(QStringLiteral(PLANAR_TEST_DATA "/report/injection.planar.yaml")));
    const QString csv = QString::fromUtf8(flowsCsv(r));
    QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\"\n"),
             qPrintable(csv));
}

void TestReportModel::exceptionsCountDaysLeft()
{
    Plan p = seed();
    p.links[0].exception = LinkException{"migration", "ciso", Today.addDays(12), {}};
    p.links[1].exception = LinkException{"legacy", "ciso", Today.addDays(-1), {}};
    p.links[2].exception = LinkException{"forever", "", QDate(), {}};
    const Report r = reportOf(p);
    QCOMPARE(r.exceptions.size(), 3);
    QCOMPARE(r.exceptions[0].state, QStringLiteral("live"));
    QCOMPARE(r.exceptions[0].daysLeft, std::optional<qint64>(12));
    QCOMPARE(r.exceptions[1].state, QStringLiteral("expired"));
    QCOMPARE(r.exceptions[2].state, QStringLiteral("no-expiry"));
    QCOMPARE(r.check("pci-1.2.5")->status, CheckStatus::Fail);
    QVERIFY(r.check("pci-1.2.5")->subjects.contains("internet-to-web"));
}

void TestReportModel::htmlIsWellFormedWithSectionsInOrder_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << "en"
                        << "Network plan compliance report";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "网络规划合规报告";
}

void TestReportModel::htmlIsWellFormedWithSectionsInOrder()
{
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    const Plan p = seed();
    const Report r = reportOf(p);
    // A diagram document as SVG writers emit it: the declaration must not reach the page.
    const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                           "<g data-id=\"web\"/></svg>";
    const QByteArray html = reportHtml(r, p, lang, svg);
    QVERIFY(!html.contains("<?xml"));
    QXmlStreamReader xml(html);
    QStringList sections, rows, h1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == u"section") sections << xml.attributes().value("id").toString();
        if (xml.name() == u"tr" && xml.attributes().hasAttribute("data-check"))
            rows << xml.attributes().value("data-check").toString();
        if (xml.name() == u"h1") h1 << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(sections, (QStringList{"cover", "zones", "diagram", "addresses", "flows", "exceptions",
                                    "checklist", "findings", "appendix-segmentation",
                                    "appendix-not-evidenced"}));
    QCOMPARE(rows.size(), 19);
    QCOMPARE(h1, QStringList{heading});
    if (lang == u"zh_CN") {
        for (const char *term :
             {"安全域", "临时授权登记", "业务理由", "隔离有效性测试", "关联系统"})
            QVERIFY2(html.contains(term), term);
        QVERIFY(!html.contains(">Zones and PCI scope<"));
    }
    // Without profiles every section is still there and the checklist says none was chosen.
    Plan none = p;
    none.profiles.clear();
    const QByteArray bare = reportHtml(reportOf(none), none, lang, svg);
    QVERIFY(bare.contains("<section id=\"checklist\">"));
    QVERIFY(!bare.contains("data-check="));
    QVERIFY(bare.contains("profiles: [pci-dss, mlps2-level3]"));
}

void TestReportModel::htmlEscapesFreeText()
{
    const Plan p = load(QStringLiteral(PLANAR_TEST_DATA "/report/injection.planar.yaml"));
    const QByteArray html = reportHtml(reportOf(p), p, "en", "<svg/>");
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<b>ments"));
    QVERIFY(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains("Pay &amp; &lt;b&gt;ments&lt;/b&gt; &#39;q&#39;"));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestReportModel::pdfTablesStopAtTheRowLimit()
{
    const Plan p = seed();
    const Report r = reportOf(p);
    QVERIFY(r.probes.size() > 3);
    const QString full = QString::fromUtf8(reportHtml(r, p, QStringLiteral("en"), {}));
    const QString cut = QString::fromUtf8(reportHtml(r, p, QStringLiteral("en"), {}, 3));
    QCOMPARE(full.count(QStringLiteral("<tr data-expect=")), r.probes.size());
    QCOMPARE(cut.count(QStringLiteral("<tr data-expect=")), 3);
    QVERIFY(!full.contains(QStringLiteral("more rows")));
    QVERIFY2(
        cut.contains(
            QStringLiteral("… and %1 more rows, left out of the PDF").arg(r.probes.size() - 3)),
        qPrintable(cut));
}

void TestReportModel::planBeyondTheEnforcementLimitSaysItWasNotRead()
{
    GeneratorOptions o;
    o.hosts = 1000;
    o.vmsPerHost = 5;
    o.workloads = 2000;
    o.links = 4000;
    const Plan p = generatePlan(o);
    QVERIFY(!enforcementPractical(p));
    const Report r = reportOf(p);
    QVERIFY(r.enforcementSkipped);
    for (const ReportFlow &f : r.flows)
        QVERIFY2(f.enforcedBy.isEmpty(), qPrintable(f.link));
    const QString html = QString::fromUtf8(reportHtml(r, p, QStringLiteral("en"), {}));
    QVERIFY(html.contains(QStringLiteral("not read: the plan is too large to run the exporters")));
    // A system row stands for every node of a zone: the page names a dozen and counts the rest.
    QVERIFY(html.contains(QRegularExpression(QStringLiteral(" and \\d+ more \\(VM, "))));
    QVERIFY(!reportOf(seed()).enforcementSkipped);
}

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
