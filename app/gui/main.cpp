#include "canvas/planscene.h"
#include "localization.h"
#include "mainwindow.h"
#include "reportexporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Screenshots are for docs and CI: they need no display.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Planar"));
    QApplication::setApplicationName(QStringLiteral("Planar"));
    QApplication::setApplicationVersion(QStringLiteral(PLANAR_VERSION));
    // File ▸ Export… lists every registered exporter; the report lives outside planar_model.
    Planar::registerReportExporter();
    // Before the parser: its option descriptions are translated when they are built.
    Planar::Localization::install(
        &app, Planar::Localization::chooseLocale(
                  Planar::Localization::requestedLanguage(QApplication::arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan the network planes of a Kubernetes deployment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window with PLAN to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "With --screenshot: select the item ID (or IP, CIDR)."),
        QStringLiteral("ID"));
    parser.addOption(select);
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QApplication::translate("main", "With --screenshot: bring a panel to the front "
                                        "(issues, address, compliance, properties, history)."),
        QStringLiteral("NAME"));
    parser.addOption(panel);
    const QCommandLineOption collapse(
        QStringLiteral("collapse"),
        QApplication::translate("main", "With --screenshot: collapse the hosts and zones IDS "
                                        "(separated by commas)."),
        QStringLiteral("IDS"));
    parser.addOption(collapse);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the editor in LANG (zh_CN, en) instead of the "
                                        "system language."),
        QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("PLAN"),
                                 QApplication::translate("main", "A plan file to open."));
    // Like planar-cli: a wrong command line prints what is wrong and the usage, and exits 2
    // (QCommandLineParser::process would exit 1 without the usage).
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "planar: " << parser.errorText() << "\n\n" << parser.helpText();
        return 2;
    }
    parser.process(app); // --help and --version

    Planar::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(screenshot)) {
        window.setInteractive(false);
        window.resize(1600, 1000);
        if (files.isEmpty())
            window.newFromExample();
        else if (!window.openFile(files.first())) {
            QTextStream(stderr) << window.lastError() << '\n';
            return 2;
        }
        for (const QString &id : parser.value(collapse).split(u',', Qt::SkipEmptyParts)) {
            if (!window.scene()->canCollapse(id)) {
                QTextStream(stderr) << "not a host with VMs or a zone with members: " << id << '\n';
                return 2;
            }
            window.scene()->setCollapsed(id, true);
        }
        if (parser.isSet(select)) window.findAndShow(parser.value(select));
        if (parser.isSet(panel)) {
            auto *dock =
                window.findChild<QDockWidget *>(parser.value(panel) + QStringLiteral("Dock"));
            if (!dock) {
                QTextStream(stderr) << "unknown panel " << parser.value(panel) << '\n';
                return 2;
            }
            dock->raise();
        }
        if (!window.saveScreenshot(parser.value(screenshot))) {
            QTextStream(stderr) << window.lastError() << '\n';
            return 1;
        }
        return 0;
    }
    // The window first: a file that cannot be opened is explained in a message over it (and on
    // stderr, for whoever started Planar from a shell), then the user has an empty plan.
    window.show();
    if (files.isEmpty()) {
        window.newFromExample();
    } else if (!window.openFile(files.first())) {
        QTextStream(stderr) << "planar: " << window.lastError() << '\n';
        window.newBlank();
    }
    window.offerRecovery();
    return app.exec();
}
