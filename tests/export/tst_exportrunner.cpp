// What every export shares: registry, header and hash, refusal and --force, atomic files, yaml.
#include "export/exporterregistry.h"
#include "exporttestsupport.h"
#include "io/planwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

using namespace Planar;
using namespace Planar::TestSupport;

namespace {

// A script keeps its interpreter line first (the kernel reads only that line); the header
// follows it. Everything else starts with the header.
QByteArray afterInterpreter(const QByteArray &data)
{
    return data.startsWith("#!") ? data.mid(data.indexOf('\n') + 1) : data;
}

Plan planWithError()
{
    Plan p = seedPlan();
    Link bad;
    bad.id = QStringLiteral("host-pokes-pod");
    bad.from = QStringLiteral("host1");
    bad.to = QStringLiteral("web");
    p.links.append(bad); // host-to-pod without an exception: an error finding
    return p;
}

/** An exporter of three formats, registered from outside planar_model as the report is. */
class FormatsExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("formats"); }
    QString description() const override { return QStringLiteral("html, json and csv"); }
    QStringList fileNames(const Plan &) const override { return {"a.html", "b.json", "c.csv"}; }
    bool write(const Plan &, const ExportOptions &, QList<ExportedFile> *files) override
    {
        files->append(ExportedFile{"a.html", "<!DOCTYPE html>\n<html/>\n"});
        files->append(ExportedFile{"b.json", "{\"generator\": {}}\n"});
        files->append(ExportedFile{"c.csv", "a,b\n"});
        return true;
    }
};

} // namespace

class tst_ExportRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registryKnowsEveryKind()
    {
        QCOMPARE(ExporterRegistry::ids(), (QStringList{"yaml", "nftables", "networkpolicy", "ovs",
                                                       "libvirt", "kubeadm", "calico", "istio"}));
        for (const QString &id : ExporterRegistry::ids()) {
            const auto e = ExporterRegistry::create(id);
            QVERIFY(e);
            QCOMPARE(e->id(), id);
            QVERIFY(!e->description().isEmpty());
        }
        QVERIFY(!ExporterRegistry::create(QStringLiteral("vmware")));
        QCOMPARE(exportPlan(seedPlan(), QStringLiteral("vmware")).status,
                 ExportResult::Status::UnknownExporter);
    }

    void fileNamesAnnounceWhatIsWritten_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &id : ExporterRegistry::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void fileNamesAnnounceWhatIsWritten()
    {
        QFETCH(QString, kind);
        const Plan plan = seedPlan();
        const ExportResult r = exportPlan(plan, kind);
        QVERIFY(r.ok());
        QStringList written;
        for (const ExportedFile &f : r.files)
            written.append(f.name);
        QCOMPARE(written, ExporterRegistry::create(kind)->fileNames(plan));
    }

    void headerNamesPlanExporterAndHash_data() { fileNamesAnnounceWhatIsWritten_data(); }
    void headerNamesPlanExporterAndHash()
    {
        QFETCH(QString, kind);
        const Plan plan = seedPlan();
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(PlanWriter::toYaml(plan), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
        QCOMPARE(ExportRunner::planHash(plan), hash);
        const ExportResult r = exportPlan(plan, kind);
        QVERIFY(r.ok() && !r.files.isEmpty());
        const QString first =
            QStringLiteral(
                "# Planar export of plan \"seed-three-planes\" by exporter %1, plan sha256 %2\n")
                .arg(kind, hash);
        for (const ExportedFile &f : r.files) {
            // XML artifacts carry the same lines as XML comments.
            const QString expected = f.name.endsWith(QLatin1String(".xml"))
                                         ? "<!-- " + first.mid(2).trimmed() + " -->\n"
                                         : first;
            QVERIFY2(afterInterpreter(f.data).startsWith(expected.toUtf8()),
                     f.data.left(120).constData());
            if (f.name.endsWith(QLatin1String(".sh")))
                QVERIFY2(f.data.startsWith("#!/bin/sh\n"), f.data.left(120).constData());
            QVERIFY(!f.data.contains("WARNING: written with --force"));
        }
        // Another plan, another hash.
        Plan other = plan;
        other.description += QStringLiteral(" (changed)");
        QVERIFY(ExportRunner::planHash(other) != hash);
    }

    void planWithErrorsIsRefusedUnlessForced_data() { fileNamesAnnounceWhatIsWritten_data(); }
    void planWithErrorsIsRefusedUnlessForced()
    {
        QFETCH(QString, kind);
        const ExportResult refused = exportPlan(planWithError(), kind);
        QCOMPARE(refused.status, ExportResult::Status::PlanHasErrors);
        QVERIFY(refused.files.isEmpty());
        QVERIFY(!refused.planErrors.isEmpty());
        QCOMPARE(refused.planErrors.first().code, QStringLiteral("host-to-pod"));

        const ExportResult forced = exportPlan(planWithError(), kind, true);
        QVERIFY(forced.ok());
        QVERIFY(!forced.planErrors.isEmpty());
        QVERIFY(!forced.files.isEmpty());
        for (const ExportedFile &f : forced.files)
            QVERIFY2(afterInterpreter(f.data).split('\n').value(2).startsWith(
                         f.name.endsWith(QLatin1String(".xml"))
                             ? "<!-- WARNING: written with - -force although the plan has 1 "
                               "error(s) (host-to-pod)"
                             : "# WARNING: written with --force although the plan has 1 "
                               "error(s) (host-to-pod)"),
                     f.data.left(300).constData());
    }

    void yamlExportReadsBackAsTheSamePlan()
    {
        Plan plan = seedPlan();
        // Free text YAML could misread: the header and the writer must keep it a string.
        plan.description =
            QStringLiteral("line one\n---\nplanar: 2\n# not a comment: \"quoted\" {braces}");
        plan.name = QStringLiteral("shop\nname: evil");
        const ExportResult r = exportPlan(plan, QStringLiteral("yaml"));
        QVERIFY(r.ok());
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().name,
                 QStringLiteral("plan.planar.yaml")); // the name is no DNS label
        const ReadResult back =
            PlanReader::readText(r.files.first().data, QStringLiteral("export.yaml"));
        QVERIFY2(back.plan,
                 back.errors.isEmpty() ? "" : qPrintable(back.errors.first().toString()));
        QCOMPARE(*back.plan, plan);
        QVERIFY(r.files.first().data.startsWith("# Planar export of plan \"shop name: evil\""));
        QCOMPARE(exportPlan(seedPlan(), QStringLiteral("yaml")).files.first().name,
                 QStringLiteral("seed-three-planes.planar.yaml"));
    }

    void yamlExportOfSeedMatchesGolden()
    {
        const ExportResult r = exportPlan(seedPlan(), QStringLiteral("yaml"));
        QString why;
        QVERIFY2(matchesGolden(r.files.first().data,
                               QStringLiteral("seed-three-planes/seed-three-planes.planar.yaml"),
                               &why),
                 qPrintable(why));
    }

    void registeredExporterGetsTheHeaderOfEachFormat()
    {
        ExporterRegistry::registerExporter("formats",
                                           [] { return std::make_unique<FormatsExporter>(); });
        ExporterRegistry::registerExporter("formats", [] { return nullptr; }); // first one stays
        QCOMPARE(ExporterRegistry::ids().last(), QStringLiteral("formats"));
        QCOMPARE(ExporterRegistry::ids().count("formats"), 1);
        ExportOptions options;
        options.force = true;
        const ExportResult r = ExportRunner::run(planWithError(), "formats", options);
        QVERIFY(r.ok());
        QCOMPARE(r.files.size(), 3);
        // HTML: a comment before the doctype, and no "--" inside it (XML forbids it).
        const QByteArray html = r.files[0].data;
        QVERIFY2(html.startsWith("<!-- Planar export of plan \"seed-three-planes\" by exporter "
                                 "formats"),
                 html.constData());
        const QByteArray comments = html.left(html.indexOf("<!DOCTYPE"));
        for (const QByteArray &line : comments.trimmed().split('\n')) {
            QVERIFY2(line.startsWith("<!-- ") && line.endsWith(" -->"), line.constData());
            QVERIFY2(!line.mid(4, line.size() - 7).contains("--"), line.constData());
        }
        QVERIFY(comments.contains("WARNING"));
        QVERIFY(html.contains("-->\n<!DOCTYPE html>"));
        // JSON has no comments: its exporter writes a generator object, untouched here.
        QCOMPARE(r.files[1].data, QByteArray("{\"generator\": {}}\n"));
        QVERIFY(r.files[2].data.startsWith("# Planar export of plan"));
        QVERIFY(r.files[2].data.endsWith("\na,b\n"));
    }

    void writeFilesReplacesNothingWhenOneFails()
    {
        QTemporaryDir dir;
        QVERIFY(
            QDir(dir.path()).mkdir(QStringLiteral("b.nft"))); // a directory where a file must go
        QFile old(dir.filePath(QStringLiteral("a.nft")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old ruleset\n");
        old.close();
        QString error;
        const QList<ExportedFile> files{{QStringLiteral("a.nft"), "new a\n"},
                                        {QStringLiteral("b.nft"), "new b\n"}};
        QVERIFY(!ExportRunner::writeFiles(files, dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("b.nft")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old ruleset\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{"a.nft"}); // no temporaries left

        const QString fresh = dir.filePath(QStringLiteral("out/nested"));
        QVERIFY2(ExportRunner::writeFiles(files, fresh, &error), qPrintable(error));
        QFile a(fresh + QStringLiteral("/a.nft"));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("new a\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ExportRunner)
#include "tst_exportrunner.moc"
