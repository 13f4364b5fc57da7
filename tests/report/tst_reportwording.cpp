// The report's sentences in both languages: every English sentence has its Chinese one, and
// each rule the LinkJudge decides by reads in Chinese in a zh_CN report while the English
// report keeps the judge's own words (those of planar-cli explain).
#include "report/reportsentences.h"
#include "report/reportwording.h"

#include <QRegularExpression>
#include <QTest>

using namespace Planar;

namespace {

/** A run of three English words: what a sentence left untranslated looks like. */
bool hasEnglishWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z']+ [A-Za-z']+ [A-Za-z']+"));
    return text.contains(words);
}

} // namespace

class TestReportWording : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEnglishSentenceHasAChineseOne()
    {
        const auto &chinese = chineseSentences();
        for (auto it = englishSentences().begin(); it != englishSentences().end(); ++it)
            QVERIFY2(chinese.contains(it.key()), qPrintable(it.key()));
    }

    void everyVerdictRuleReadsInChinese_data()
    {
        using Rule = FlowVerdict::Rule;
        QTest::addColumn<int>("rule");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("matrix") << int(Rule::Matrix) << QStringList{};
        QTest::newRow("override") << int(Rule::Override) << QStringList{"monitoring"};
        QTest::newRow("same zone") << int(Rule::SameZone) << QStringList{};
        QTest::newRow("cross zone") << int(Rule::CrossZone) << QStringList{"shop", "pay"};
        QTest::newRow("admin") << int(Rule::FromAdminNetwork) << QStringList{"ops"};
        QTest::newRow("not admin") << int(Rule::NotFromAdminNetwork) << QStringList{"internet"};
        QTest::newRow("exposed") << int(Rule::ExposedWorkload) << QStringList{"web", "ingress"};
        QTest::newRow("unexposed") << int(Rule::UnexposedWorkload) << QStringList{"db"};
        QTest::newRow("exception")
            << int(Rule::Exception) << QStringList{"migration", "alice", "2026-12-31"};
    }

    void everyVerdictRuleReadsInChinese()
    {
        QFETCH(int, rule);
        QFETCH(QStringList, args);
        FlowVerdict v;
        v.fromPlane = Plane::Host;
        v.toPlane = Plane::Pod;
        v.allowed = false;
        v.code = QStringLiteral("host-to-pod");
        v.rule = FlowVerdict::Rule(rule);
        v.ruleArgs = args;
        v.decidedBy = QStringLiteral("the judge's own English sentence");
        const QString en = verdictWords(v, ReportText(QStringLiteral("en")));
        const QString zh = verdictWords(v, ReportText(QStringLiteral("zh_CN")));
        QCOMPARE(en, QStringLiteral("the judge's own English sentence (host-to-pod)"));
        QVERIFY2(!hasEnglishWords(zh), qPrintable(zh));
        QVERIFY2(zh.contains(QStringLiteral("(host-to-pod)")), qPrintable(zh));
        for (const QString &a : args) // the plan's own words are kept as they are
            QVERIFY2(zh.contains(a), qPrintable(zh + " lacks " + a));
    }
};

QTEST_GUILESS_MAIN(TestReportWording)
#include "tst_reportwording.moc"
