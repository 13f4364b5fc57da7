// Builds the Debian package with cpack, unpacks it with dpkg-deb and checks what a Debian user
// meets: the control fields, runnable binaries, the desktop entry, AppStream, the MIME type,
// the man pages and the bash completion, each with the tool that reads it on a real system.
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QStringList &env = {},
        const QString &workDir = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    if (!workDir.isEmpty()) p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(300000)) return {-1, {}, program + QStringLiteral(" did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void controlFields();
    void binariesAreStripped();
    void cliRunsAndValidatesAnExample();
    void editorRunsAndRefusesBadOptions();
    void desktopEntryIsValid();
    void appstreamIsValid();
    void mimeTypeNamesPlans();
    void manPagesRender();
    void bashCompletion_data();
    void bashCompletion();

private:
    QString root(const QString &path) const { return mRoot.filePath(path); }
    QStringList exportKinds();
    Run complete(const QString &line, const QString &workDir = {});

    QTemporaryDir mTemp;
    QDir mRoot;
    QString mDeb;
};

void TestPackage::initTestCase()
{
    // A missing tool is a failure that says what to install, never a skipped check.
    const QList<QPair<QString, QString>> tools = {
        {QStringLiteral("dpkg-deb"), QStringLiteral("dpkg")},
        {QStringLiteral("dpkg-shlibdeps"), QStringLiteral("dpkg-dev")},
        {QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils")},
        {QStringLiteral("appstreamcli"), QStringLiteral("appstream")},
        {QStringLiteral("man"), QStringLiteral("man-db")},
        {QStringLiteral("update-mime-database"), QStringLiteral("shared-mime-info")},
        {QStringLiteral("readelf"), QStringLiteral("binutils")},
        {QStringLiteral("bash"), QStringLiteral("bash")}};
    for (const auto &[tool, package] : tools)
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + QStringLiteral(" is missing: apt-get install ") + package +
                            QStringLiteral(" (installer/setup-debian.sh lists it)")));
    QVERIFY(mTemp.isValid());

    const QString out = mTemp.filePath(QStringLiteral("cpack"));
    const Run cpack =
        run(QStringLiteral(PLANAR_CPACK),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
             QStringLiteral(PLANAR_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QString arch =
        run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
    mDeb = out + QStringLiteral("/planar_" PLANAR_VERSION "_") + arch + QStringLiteral(".deb");
    QVERIFY2(QFile::exists(mDeb), qPrintable(mDeb + QStringLiteral(" not made:\n") + cpack.out));

    mRoot = QDir(mTemp.filePath(QStringLiteral("root")));
    const Run x = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), mDeb, mRoot.path()});
    QVERIFY2(x.exitCode == 0, qPrintable(x.err));
}

void TestPackage::controlFields()
{
#ifndef PLANAR_SANITIZED // instrumented binaries are not what ships
    QVERIFY2(QFileInfo(mDeb).size() < 20 * 1024 * 1024,
             qPrintable(QString::number(QFileInfo(mDeb).size())));
#endif
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), mDeb});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("\n Section: net\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("\n Package: planar\n")), qPrintable(info.out));
    const QRegularExpression dependsLine(QStringLiteral("\\n Depends: ([^\\n]+)\\n"));
    const QString depends = dependsLine.match(info.out).captured(1);
    // Linked libraries (dpkg-shlibdeps) and the plugins Qt loads at run time (listed by hand).
    for (const char *package :
         {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6svg6", "libqt6charts6",
          "qt6-qpa-plugins", "libyaml-cpp0.7", "libyaml-0-2", "libc6"})
        QVERIFY2(depends.contains(QLatin1String(package)),
                 qPrintable(QLatin1String(package) + QStringLiteral(" not in ") + depends));
    // A synopsis and an extended description, not just the summary line.
    const QString description = info.out.section(QStringLiteral(" Description: "), 1);
    QVERIFY2(description.count(QLatin1Char('\n')) >= 5, qPrintable(description));
    QVERIFY2(description.startsWith(QStringLiteral("Network planner for the three planes of a "
                                                   "Kubernetes deployment\n  Planar draws ")),
             qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("nftables")));
}

void TestPackage::binariesAreStripped()
{
    for (const char *binary : {"usr/bin/planar", "usr/bin/planar-cli"}) {
        const Run sections =
            run(QStringLiteral("readelf"),
                {QStringLiteral("-S"), QStringLiteral("-W"), root(QLatin1String(binary))});
        QVERIFY2(sections.exitCode == 0, qPrintable(sections.err));
        QVERIFY2(!sections.out.contains(QStringLiteral(".debug_info")), binary);
        QVERIFY2(!sections.out.contains(QStringLiteral(".symtab")), binary);
    }
}

void TestPackage::cliRunsAndValidatesAnExample()
{
    const QString cli = root(QStringLiteral("usr/bin/planar-cli"));
    const Run version = run(cli, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("planar-cli " PLANAR_VERSION));
    // Every source example is installed, and the installed binary finds the seed one clean.
    const QStringList source = QDir(QStringLiteral(PLANAR_SOURCE_DIR "/resources/examples"))
                                   .entryList(QDir::Files, QDir::Name);
    QCOMPARE(
        QDir(root(QStringLiteral("usr/share/planar/examples"))).entryList(QDir::Files, QDir::Name),
        source);
    const Run validate =
        run(cli, {QStringLiteral("validate"),
                  root(QStringLiteral("usr/share/planar/examples/seed-three-planes.planar.yaml"))});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    // Clean but for rules.md's info that its cluster spans e-commerce and payments.
    QVERIFY2(validate.out.startsWith(QStringLiteral("info cluster-spans-zones [ecommerce, payments]"
                                                    ": ")) &&
                 validate.out.trimmed().endsWith(QStringLiteral("\n0 errors, 0 warnings, 1 infos")),
             qPrintable(validate.out));
}

void TestPackage::editorRunsAndRefusesBadOptions()
{
    const QString planar = root(QStringLiteral("usr/bin/planar"));
    const QStringList offscreen{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const Run version = run(planar, {QStringLiteral("--version")}, offscreen);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("Planar " PLANAR_VERSION));
    const Run bad = run(planar, {QStringLiteral("--frobnicate")}, offscreen);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("Unknown option 'frobnicate'")), qPrintable(bad.err));
    QVERIFY2(bad.err.contains(QStringLiteral("--screenshot")), qPrintable(bad.err));
}

void TestPackage::desktopEntryIsValid()
{
    const QString entry = root(QStringLiteral("usr/share/applications/planar.desktop"));
    const Run v = run(QStringLiteral("desktop-file-validate"), {entry});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.out + v.err, QString()); // not even a hint
    QFile f(entry);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("\nMimeType=application/x-planar-plan+yaml;\n")));
    QVERIFY(text.contains(QStringLiteral("\nExec=planar %f\n")));
    QVERIFY(QFile::exists(root(QStringLiteral("usr/share/icons/hicolor/scalable/apps/") +
                               QStringLiteral("dev.planar.Planar.svg"))));
}

void TestPackage::appstreamIsValid()
{
    const QString metainfo =
        root(QStringLiteral("usr/share/metainfo/dev.planar.planar.metainfo.xml"));
    const Run v = run(QStringLiteral("appstreamcli"),
                      {QStringLiteral("validate"), QStringLiteral("--no-net"),
                       QStringLiteral("--pedantic"), QStringLiteral("--no-color"), metainfo});
    QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    // Pedantic hints (P:), infos (I:) and warnings (W:) all count: the file must be clean.
    static const QRegularExpression issue(QStringLiteral("^[EWIP]: "),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(v.out + v.err).hasMatch(), qPrintable(v.out + v.err));

    QFile f(metainfo);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(f.readAll());
    // Screenshots point where a release publishes docs/screenshots/: each must exist there.
    // Software centres lay the page out from the stated size, so it must be the image's own.
    static const QRegularExpression image(
        QStringLiteral("<image type=\"source\" width=\"(\\d+)\" height=\"(\\d+)\">"
                       "https://[^<]*/releases/" PLANAR_VERSION "/screenshots/([^<]+)</image>"));
    int screenshots = 0;
    for (auto it = image.globalMatch(xml); it.hasNext(); ++screenshots) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(3);
        const QImageReader png(QStringLiteral(PLANAR_SOURCE_DIR "/docs/screenshots/") + name);
        QVERIFY2(png.canRead(), qPrintable(name));
        QCOMPARE(png.size(), QSize(m.captured(1).toInt(), m.captured(2).toInt()));
    }
    QVERIFY(screenshots >= 3);
    QCOMPARE(xml.count(QStringLiteral("<image ")), screenshots);
    // The newest release is this version, with notes.
    static const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
    QCOMPARE(release.match(xml).captured(1), QStringLiteral(PLANAR_VERSION));
    QVERIFY(xml.section(QStringLiteral("<release "), 1)
                .section(QStringLiteral("</release>"), 0, 0)
                .contains(QStringLiteral("<description>")));
}

void TestPackage::mimeTypeNamesPlans()
{
    // Build a MIME database as the package's trigger does on a system, from the system's
    // definitions plus the package's, and ask Qt (as file managers ask it) what a plan is.
    QDir share(mTemp.filePath(QStringLiteral("xdg")));
    QVERIFY(share.mkpath(QStringLiteral("mime/packages")));
    const QString ours = root(QStringLiteral("usr/share/mime/packages/planar.xml"));
    QVERIFY(QFile::copy(ours, share.filePath(QStringLiteral("mime/packages/planar.xml"))));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        share.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    // With the folder on XDG_DATA_DIRS, as on a system; else it notes that nobody reads it.
    const Run update =
        run(QStringLiteral("update-mime-database"), {share.filePath(QStringLiteral("mime"))},
            {QStringLiteral("XDG_DATA_DIRS=") + share.path()});
    QVERIFY2(update.exitCode == 0 && update.err.isEmpty(), qPrintable(update.err));
    // This process has not used QMimeDatabase yet, so it reads only these definitions.
    qputenv("XDG_DATA_DIRS", share.path().toUtf8());
    qputenv("XDG_DATA_HOME", share.filePath(QStringLiteral("none")).toUtf8());
    QMimeDatabase db;
    const QMimeType plan =
        db.mimeTypeForFile(QStringLiteral("shop.planar.yaml"), QMimeDatabase::MatchExtension);
    QCOMPARE(plan.name(), QStringLiteral("application/x-planar-plan+yaml"));
    QVERIFY(plan.inherits(QStringLiteral("application/x-yaml")));
    QCOMPARE(plan.comment(), QStringLiteral("Planar network plan"));
    // Other YAML stays YAML.
    QCOMPARE(
        db.mimeTypeForFile(QStringLiteral("values.yaml"), QMimeDatabase::MatchExtension).name(),
        QStringLiteral("application/x-yaml"));
}

QStringList TestPackage::exportKinds()
{
    const Run help = run(root(QStringLiteral("usr/bin/planar-cli")),
                         {QStringLiteral("export"), QStringLiteral("--help")});
    static const QRegularExpression kinds(QStringLiteral("KIND: ([^\\n]+)"));
    return kinds.match(help.out).captured(1).split(QStringLiteral(" | "));
}

void TestPackage::manPagesRender()
{
    for (const char *page : {"planar", "planar-cli"}) {
        const QString path =
            root(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(QLatin1String(page)));
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(f.read(2), QByteArray("\x1f\x8b")); // gzip
        // --warnings: groff's complaints about the source go to stderr.
        const Run man =
            run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), path},
                {QStringLiteral("MANPAGER=cat"), QStringLiteral("MANWIDTH=100"),
                 QStringLiteral("LC_ALL=C.UTF-8")});
        QVERIFY2(man.exitCode == 0, qPrintable(man.err));
        QVERIFY2(man.err.isEmpty(), qPrintable(man.err));
        for (const char *section : {"NAME", "SYNOPSIS", "OPTIONS", "EXIT STATUS", "EXAMPLES"})
            QVERIFY2(man.out.contains(QLatin1String(section)), section);
        QVERIFY(man.out.contains(QStringLiteral("/usr/share/planar/examples")));
        if (qstrcmp(page, "planar") == 0) {
            for (const char *option :
                 {"--screenshot", "--select", "--panel", "--lang", "--version"})
                QVERIFY2(man.out.contains(QLatin1String(option)), option);
            continue;
        }
        // planar-cli(1) names every command, every option each command's --help lists and
        // every exporter the binary has.
        const QString cli = root(QStringLiteral("usr/bin/planar-cli"));
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) {2,}"),
                                                    QRegularExpression::MultilineOption);
        static const QRegularExpression optionWord(QStringLiteral("(--[a-z-]+|\\B-[a-z]\\b)"));
        QStringList commands;
        for (auto it = commandLine.globalMatch(run(cli, {QStringLiteral("--help")}).out);
             it.hasNext();)
            commands << it.next().captured(1);
        QCOMPARE(commands.size(), 4);
        for (const QString &command : commands) {
            QVERIFY2(man.out.contains(QStringLiteral("planar-cli ") + command),
                     qPrintable(command));
            const QString help = run(cli, {command, QStringLiteral("--help")}).out;
            for (auto it = optionWord.globalMatch(help); it.hasNext();) {
                const QString option = it.next().captured(1);
                if (option == u"--help-all") continue; // Qt's own, for Qt's options
                QVERIFY2(man.out.contains(option),
                         qPrintable(command + QStringLiteral(" ") + option));
            }
        }
        const QStringList kinds = exportKinds();
        QVERIFY(kinds.size() >= 3);
        for (const QString &kind : kinds) {
            // A term line of its own under --to, as `.TP .B kind` renders.
            const QRegularExpression term(
                QStringLiteral("^ +%1( |$)").arg(QRegularExpression::escape(kind)),
                QRegularExpression::MultilineOption);
            QVERIFY2(term.match(man.out).hasMatch(), qPrintable(kind));
        }
    }
}

Run TestPackage::complete(const QString &line, const QString &workDir)
{
    // What bash does on Tab: COMP_WORDS from the line (a trailing space starts a new word),
    // then the completion function; prints one candidate per line.
    const QString script = QStringLiteral(
        "source \"$1\" || exit 3\n"
        "read -ra COMP_WORDS <<< \"$2\"\n"
        "[[ $2 == *' ' ]] && COMP_WORDS+=('')\n"
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
        "COMP_LINE=$2; COMP_POINT=${#2}\n"
        "_planar_cli planar-cli \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    return run(QStringLiteral("bash"),
               {QStringLiteral("-c"), script, QStringLiteral("bash"),
                root(QStringLiteral("usr/share/bash-completion/completions/planar-cli")), line},
               {QStringLiteral("PATH=") + root(QStringLiteral("usr/bin")) + QStringLiteral(":") +
                qEnvironmentVariable("PATH")},
               workDir);
}

void TestPackage::bashCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // empty: the exporter ids
    QTest::newRow("command") << "planar-cli expo" << QStringList{"export"};
    QTest::newRow("commands") << "planar-cli ex" << QStringList{"explain", "export"};
    QTest::newRow("top options") << "planar-cli --v" << QStringList{"--version"};
    QTest::newRow("kinds") << "planar-cli export plan.planar.yaml --to " << QStringList{};
    QTest::newRow("export options")
        << "planar-cli export plan.planar.yaml --f" << QStringList{"--force"};
    QTest::newRow("format") << "planar-cli validate --format " << QStringList{"json", "text"};
    QTest::newRow("plans") << "planar-cli validate " << QStringList{"plans", "shop.planar.yaml"};
    QTest::newRow("plans in a folder")
        << "planar-cli explain plans/" << QStringList{"plans/edge.planar.yaml"};
}

void TestPackage::bashCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    if (expected.isEmpty()) {
        expected = exportKinds(); // taken from the binary, as the script does
        QVERIFY(expected.contains(QStringLiteral("nftables")));
    }
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("plans"));
    for (const char *name : {"shop.planar.yaml", "notes.txt", "plans/edge.planar.yaml"}) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Run r = complete(line, dir.path());
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
    QStringList got = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
