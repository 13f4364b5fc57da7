#include "reporttext.h"

#include "report.h"
#include "reportsentences.h"

#include <QHash>

namespace Planar {

namespace {

using Table = QHash<QString, QString>;

const Table &englishLabels()
{
    static const Table t{
        {"title", "Network plan compliance report"},
        {"disclaimer",
         "This report is evidence computed from the plan, not a certificate: it shows what the "
         "plan says, not what is deployed. 本报告是根据网络规划计算出的证据,不是合规证书。"},
        {"forced", "WARNING: written with --force although the plan has errors. The failing rows "
                   "below show them; do not file this report as evidence."},
        {"plan", "Plan"},
        {"description", "Description"},
        {"sha256", "Plan sha256"},
        {"date", "Evaluation date"},
        {"version", "Planar version"},
        {"profiles", "Profiles evaluated"},
        {"noProfile", "No profile was selected in the plan "
                      "(profiles: [pci-dss, mlps2-level3])."},
        {"unknownProfiles", "Profiles this version does not know"},
        {"checks", "Checks"},
        {"findingsCount", "Findings"},
        {"errors", "errors"},
        {"warnings", "warnings"},
        {"infos", "infos"},
        {"verdict", "Verdict"},
        {"reviewedBy", "Reviewed by"},
        {"reviewDate", "Date"},
        {"lastReview", "Last review in the plan"},
        {"none", "none"},
        {"zones", "Zones and PCI scope"},
        {"zone", "Zone"},
        {"name", "Name"},
        {"level", "MLPS level"},
        {"cde", "CDE"},
        {"scope", "PCI scope"},
        {"hosts", "Hosts"},
        {"vms", "VM nodes"},
        {"networks", "Networks"},
        {"workloads", "Workloads"},
        {"vlans", "VLANs"},
        {"scopeCde", "cde"},
        {"scopeConnected", "connected-to"},
        {"scopeOut", "out-of-scope"},
        {"scopeLists", "Scope of every entity"},
        {"diagram", "Network diagram"},
        {"addresses", "Address plan"},
        {"plane", "Plane"},
        {"network", "Network"},
        {"cidr", "CIDR"},
        {"role", "Role"},
        {"vlan", "VLAN"},
        {"gateway", "Gateway"},
        {"parent", "Parent"},
        {"used", "Used / total"},
        {"podSubnets", "Node Pod subnets"},
        {"node", "Node"},
        {"clusterRanges", "Cluster Pod and Service ranges"},
        {"podRange", "Pod range"},
        {"serviceRange", "Service range"},
        {"nics", "NICs"},
        {"owner", "Host or VM"},
        {"nic", "NIC"},
        {"ip", "IP"},
        {"mac", "MAC"},
        {"utilisation", "Utilisation per plane"},
        {"flows", "Data flows"},
        {"zoneMatrix", "Zone × zone"},
        {"defaultDeny", "deny (default)"},
        {"from", "From"},
        {"to", "To"},
        {"link", "Link"},
        {"ports", "Ports"},
        {"allPorts", "all ports"},
        {"planes", "Planes"},
        {"verdictCol", "Verdict"},
        {"enforcedBy", "Enforced by"},
        {"moreRows", "… and %1 more rows, left out of the PDF: report.html and report.json "
                     "list them all"},
        {"enforcementSkipped", "not read: the plan is too large to run the exporters for the "
                               "report; planar-cli explain names them per link"},
        {"justification", "Business justification"},
        {"systemFlowReason", "Kubernetes system flow (implicit)"},
        {"cdeDirection", "CDE direction"},
        {"planeMatrix", "Plane matrix"},
        {"overridden", "override"},
        {"allow", "allow"},
        {"deny", "deny"},
        {"conditional", "conditional"},
        {"links", "links"},
        {"exceptions", "Exceptions register"},
        {"reason", "Reason"},
        {"approvedBy", "Approved by"},
        {"expires", "Expires"},
        {"daysLeft", "Days left"},
        {"state", "State"},
        {"noExceptions", "The plan has no exceptions."},
        {"checklist", "Checklist"},
        {"check", "Check"},
        {"refs", "Clause"},
        {"clause", "Clause text"},
        {"mode", "Mode"},
        {"must", "The plan must show"},
        {"evidence", "Evidence"},
        {"status", "Status"},
        {"attestation", "Attestation"},
        {"signature", "name, date, signature"},
        {"findings", "Findings"},
        {"code", "Code"},
        {"severity", "Severity"},
        {"subjects", "Subjects"},
        {"message", "Message"},
        {"affects", "Checks affected"},
        {"noFindings", "The validator found nothing."},
        {"segmentation", "Appendix: segmentation test plan (PCI DSS 11.4.5)"},
        {"address", "Address"},
        {"port", "Port"},
        {"expect", "Expect"},
        {"notEvidenced", "Appendix: what a plan cannot evidence"},
        {"notEvidencedIntro", "These clauses were not checked: a plan holds no evidence for "
                              "them. Assess them by other means."},
        {"legend", "Legend"},
        {"pass", "pass"},
        {"fail", "fail"},
        {"manual", "manual"},
        {"n/a", "n/a"},
        {"auto", "auto"},
        {"manualMode", "manual"},
        {"verdict.pass", "pass"},
        {"verdict.fail", "fail"},
        {"verdict.manual review required", "manual review required"},
        {"must.pci-1.2.3", "a CDE zone; no structural finding; a diagram node per host, VM, "
                           "network, workload and zone and an edge per link"},
        {"must.pci-1.2.4", "the CDE-touching flows (which carry account data is for a person)"},
        {"must.pci-1.2.5", "every CDE-touching link with a reason and ports; every exception with "
                           "reason, approver and expiry, none expired"},
        {"must.pci-1.2.7", "reviewed: {by, date} no more than 183 days before the report date"},
        {"must.pci-1.3.1", "every CDE-inbound link with reason and ports; no lateral-movement "
                           "finding on a CDE member"},
        {"must.pci-1.3.2", "every CDE-outbound link with reason and ports, none to anywhere on all "
                           "ports; no lateral-movement finding on a CDE member"},
        {"must.pci-1.4", "links from untrusted networks end at exposed workloads on declared "
                         "ports only"},
        {"must.pci-2.2.3", "every host runs VMs of one zone, level and CDE status"},
        {"must.pci-11.4.5", "a CDE and the segmentation test plan (appendix)"},
        {"must.pci-12.5.2", "a CDE and the cde / connected-to / out-of-scope lists"},
        {"must.mlps-8.1.2.1c", "zones; every VM, workload and VM network in a zone; no address "
                               "finding"},
        {"must.mlps-8.1.2.1d", "no untrusted link into an important zone except to exposed "
                               "workloads; VLANs on its VM networks; justified boundary links"},
        {"must.mlps-8.1.3.1a", "no lateral-movement finding"},
        {"must.mlps-8.1.3.1b", "a MAC on every VM NIC (port security), none invalid or shared"},
        {"must.mlps-8.1.3.2ac", "ports on every link; overrides that open default-denied cells "
                                "reviewed"},
        {"must.mlps-8.1.3.2b", "no redundant or self link; no expired or open-ended exception"},
        {"must.mlps-8.1.5.4", "a management host network, adminNetworks, separate management NICs"},
        {"must.mlps-8.2.2.1", "no zone above level 3; one VLAN per zone on every zoned VM network"},
        {"must.mlps-8.2.3.1", "a level on every zone; ports and reason on links between levels"},
    };
    return t;
}

const Table &chineseLabels()
{
    static const Table t{
        {"title", "网络规划合规报告"},
        {"disclaimer",
         "本报告是根据网络规划计算出的证据,不是合规证书:它说明规划的内容,而非实际部署的"
         "状态。This report is evidence, not a certificate."},
        {"forced", "警告:规划存在错误,本报告以 --force 强制生成。下列未通过的检查项显示了这些错误;"
                   "请勿将本报告作为证据提交。"},
        {"plan", "网络规划"},
        {"description", "说明"},
        {"sha256", "规划 sha256"},
        {"date", "评估日期"},
        {"version", "Planar 版本"},
        {"profiles", "评估的合规框架"},
        {"noProfile", "规划未选择任何合规框架(profiles: [pci-dss, mlps2-level3])。"},
        {"unknownProfiles", "本版本不支持的合规框架"},
        {"checks", "检查项"},
        {"findingsCount", "发现的问题"},
        {"errors", "错误"},
        {"warnings", "警告"},
        {"infos", "提示"},
        {"verdict", "结论"},
        {"reviewedBy", "审核人"},
        {"reviewDate", "日期"},
        {"lastReview", "规划记录的上次审核"},
        {"none", "无"},
        {"zones", "安全域与 PCI 范围"},
        {"zone", "安全域"},
        {"name", "名称"},
        {"level", "安全保护等级"},
        {"cde", "持卡人数据环境 (CDE)"},
        {"scope", "PCI 范围"},
        {"hosts", "宿主机"},
        {"vms", "虚拟机节点"},
        {"networks", "网段"},
        {"workloads", "工作负载"},
        {"vlans", "VLAN 标签"},
        {"scopeCde", "CDE"},
        {"scopeConnected", "关联系统"},
        {"scopeOut", "范围外"},
        {"scopeLists", "各对象的范围"},
        {"diagram", "网络架构图"},
        {"addresses", "地址规划"},
        {"plane", "网络平面"},
        {"network", "网段"},
        {"cidr", "CIDR"},
        {"role", "用途"},
        {"vlan", "VLAN"},
        {"gateway", "网关"},
        {"parent", "上级网段"},
        {"used", "已用 / 总数"},
        {"podSubnets", "节点 Pod 子网"},
        {"node", "节点"},
        {"clusterRanges", "集群 Pod 网段与 Service 网段"},
        {"podRange", "Pod 网段"},
        {"serviceRange", "Service 网段"},
        {"nics", "网卡"},
        {"owner", "宿主机或虚拟机"},
        {"nic", "网卡"},
        {"ip", "IP"},
        {"mac", "MAC"},
        {"utilisation", "各网络平面地址使用率"},
        {"flows", "数据流"},
        {"zoneMatrix", "安全域互通矩阵"},
        {"defaultDeny", "拒绝(默认)"},
        {"from", "源"},
        {"to", "目的"},
        {"link", "互通"},
        {"ports", "端口"},
        {"allPorts", "全部端口"},
        {"planes", "网络平面"},
        {"verdictCol", "判定"},
        {"enforcedBy", "执行规则"},
        {"moreRows", "…… 另有 %1 行未列入 PDF:report.html 和 report.json 列出全部"},
        {"enforcementSkipped", "未读取:规划过大,生成报告时不运行各导出器;可用 planar-cli explain "
                               "逐条查看"},
        {"justification", "业务理由"},
        {"systemFlowReason", "Kubernetes 系统流量(隐式)"},
        {"cdeDirection", "CDE 方向"},
        {"planeMatrix", "网络平面矩阵"},
        {"overridden", "已覆盖"},
        {"allow", "允许"},
        {"deny", "拒绝"},
        {"conditional", "有条件"},
        {"links", "条互通"},
        {"exceptions", "临时授权登记"},
        {"reason", "理由"},
        {"approvedBy", "批准人"},
        {"expires", "到期日"},
        {"daysLeft", "剩余天数"},
        {"state", "状态"},
        {"noExceptions", "规划中没有临时授权。"},
        {"checklist", "合规检查表"},
        {"check", "检查项"},
        {"refs", "条款"},
        {"clause", "条款内容"},
        {"mode", "方式"},
        {"must", "规划须体现"},
        {"evidence", "证据"},
        {"status", "结果"},
        {"attestation", "人工确认"},
        {"signature", "姓名、日期、签字"},
        {"findings", "发现的问题"},
        {"code", "代码"},
        {"severity", "级别"},
        {"subjects", "涉及对象"},
        {"message", "说明"},
        {"affects", "影响的检查项"},
        {"noFindings", "校验未发现问题。"},
        {"segmentation", "附录:隔离有效性测试计划 (PCI DSS 11.4.5)"},
        {"address", "地址"},
        {"port", "端口"},
        {"expect", "预期"},
        {"notEvidenced", "附录:规划无法提供证据的条款"},
        {"notEvidencedIntro", "以下条款未经检查:网络规划中没有它们的证据,请通过其他方式评估。"},
        {"legend", "图例"},
        {"pass", "通过"},
        {"fail", "不通过"},
        {"manual", "人工确认"},
        {"n/a", "不适用"},
        {"auto", "自动"},
        {"manualMode", "人工"},
        {"verdict.pass", "通过"},
        {"verdict.fail", "不通过"},
        {"verdict.manual review required", "需人工确认"},
        {"must.pci-1.2.3",
         "存在 CDE 安全域;无结构性问题;架构图中每台宿主机、虚拟机节点、网段、工作负载和"
         "安全域各有一个节点,每条互通各有一条连线"},
        {"must.pci-1.2.4", "涉及 CDE 的数据流(是否承载账户数据需人工确认)"},
        {"must.pci-1.2.5",
         "涉及 CDE 的互通都有业务理由和端口;每项临时授权都有理由、批准人和到期日,且未过期"},
        {"must.pci-1.2.7", "reviewed: {by, date},距报告日期不超过 183 天"},
        {"must.pci-1.3.1", "进入 CDE 的互通都有业务理由和端口;CDE 成员没有横向移动问题"},
        {"must.pci-1.3.2",
         "离开 CDE 的互通都有业务理由和端口,没有不限端口地访问任意地址;CDE 成员没有横向移动问题"},
        {"must.pci-1.4", "来自不可信网络的互通只到达已暴露的工作负载及其声明的端口"},
        {"must.pci-2.2.3", "每台宿主机只运行同一安全域、同一等级的虚拟机节点"},
        {"must.pci-11.4.5", "存在 CDE,并附隔离有效性测试计划"},
        {"must.pci-12.5.2", "存在 CDE,并列出 CDE / 关联系统 / 范围外清单"},
        {"must.mlps-8.1.2.1c",
         "划分了安全域;每个虚拟机节点、工作负载和虚拟机网段都属于安全域;无地址问题"},
        {"must.mlps-8.1.2.1d", "不可信网络只能到达重要安全域中已暴露的工作负载;其虚拟机网段有 VLAN "
                               "标签;边界互通有理由和端口"},
        {"must.mlps-8.1.3.1a", "没有横向移动问题"},
        {"must.mlps-8.1.3.1b", "每块虚拟机网卡都绑定 MAC(端口安全),且无无效或重复的 MAC"},
        {"must.mlps-8.1.3.2ac", "每条互通都限定端口;放开默认拒绝单元的覆盖规则需人工确认"},
        {"must.mlps-8.1.3.2b", "没有多余或指向自身的互通;没有过期或无期限的临时授权"},
        {"must.mlps-8.1.5.4", "有管理网、adminNetworks 以及独立的管理网卡"},
        {"must.mlps-8.2.2.1", "没有高于第三级的安全域;每个安全域的虚拟机网段使用各自的 VLAN 标签"},
        {"must.mlps-8.2.3.1", "每个安全域都有等级;不同等级之间的互通有端口和业务理由"},
    };
    return t;
}

} // namespace

ReportText::ReportText(const QString &lang) : mChinese(lang == u"zh_CN") {}

bool ReportText::isKnownLanguage(const QString &lang)
{
    return lang == u"en" || lang == u"zh_CN";
}

QString ReportText::operator()(const char *key) const
{
    const Table &t = mChinese ? chineseLabels() : englishLabels();
    const Table &s = mChinese ? chineseSentences() : englishSentences();
    if (const auto it = t.constFind(QLatin1String(key)); it != t.constEnd()) return *it;
    const auto it = s.constFind(QLatin1String(key));
    Q_ASSERT_X(it != s.constEnd(), "ReportText", key);
    return it != s.constEnd() ? *it : englishSentences().value(QLatin1String(key));
}

QString ReportText::operator()(const char *key, const QStringList &args) const
{
    // One pass, so that an id holding "%2" is printed as it is, never filled in turn.
    const QString pattern = (*this)(key);
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        const int n = i + 1 < pattern.size() ? pattern[i + 1].digitValue() : -1;
        if (c == u'%' && n >= 1 && n <= args.size()) {
            out += args[n - 1];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString ReportText::operator()(const ReportPhrase &phrase) const
{
    const QString sentence = (*this)(phrase.key.toUtf8().constData(), phrase.args);
    if (phrase.ids.isEmpty() && !phrase.listed) return sentence;
    return (*this)("phrase.named",
                   {sentence, phrase.ids.isEmpty() ? (*this)("none") : ids(phrase.ids)});
}

QString ReportText::ids(const QStringList &ids, int max) const
{
    if (ids.size() <= max) return ids.join(QStringLiteral(", "));
    return (*this)("phrase.andMore",
                   {ids.mid(0, max).join(QStringLiteral(", ")), QString::number(ids.size() - max)});
}

} // namespace Planar
