#include "checkcatalogue.h"

#include "reportfacts.h"

namespace Planar {

namespace {

const QString Pci = QStringLiteral("pci-dss");
const QString Mlps = QStringLiteral("mlps2-level3");

QStringList plus(QStringList a, const QStringList &b)
{
    a += b;
    return a;
}

} // namespace

const QList<CheckSpec> &checkCatalogue()
{
    using F = ReportFacts;
    const QStringList expiry{"exception-expired", "exception-no-expiry"};
    static const QList<CheckSpec> specs{
        {"pci-1.2.3",
         Pci,
         {"PCI DSS v4.0.1 1.2.3", "GB/T 22239-2019 8.1.10.8"},
         "An accurate network diagram is maintained; 记录网络拓扑结构",
         true,
         F::family("S")},
        {"pci-1.2.4",
         Pci,
         {"PCI DSS v4.0.1 1.2.4"},
         "An accurate data-flow diagram is maintained",
         false,
         {}},
        {"pci-1.2.5",
         Pci,
         {"PCI DSS v4.0.1 1.2.5"},
         "All services, protocols and ports allowed are identified, approved and have a "
         "defined business need",
         true,
         expiry},
        {"pci-1.2.7",
         Pci,
         {"PCI DSS v4.0.1 1.2.7"},
         "Configurations of network security controls are reviewed at least once every six "
         "months",
         false,
         {}},
        {"pci-1.3.1",
         Pci,
         {"PCI DSS v4.0.1 1.3.1"},
         "Inbound traffic to the CDE is restricted to only that which is necessary",
         true,
         F::family("LM")},
        {"pci-1.3.2",
         Pci,
         {"PCI DSS v4.0.1 1.3.2"},
         "Outbound traffic from the CDE is restricted to only that which is necessary",
         true,
         F::family("LM")},
        {"pci-1.4",
         Pci,
         {"PCI DSS v4.0.1 1.4.1", "PCI DSS v4.0.1 1.4.2", "PCI DSS v4.0.1 1.4.4"},
         "Network security controls are implemented between trusted and untrusted networks",
         true,
         {"external-to-host", "external-to-vm", "external-not-exposed", "external-to-service",
          "admin-networks-open"}},
        {"pci-2.2.3",
         Pci,
         {"PCI DSS v4.0.1 2.2.3"},
         "Primary functions requiring different security levels are managed on one component",
         true,
         plus(F::family("V"), {"cross-zone"})},
        {"pci-11.4.5",
         Pci,
         {"PCI DSS v4.0.1 11.4.5", "PCI DSS v4.0.1 11.4.6"},
         "Segmentation controls are verified by penetration testing",
         false,
         {}},
        {"pci-12.5.2",
         Pci,
         {"PCI DSS v4.0.1 12.5.2"},
         "PCI DSS scope is documented and confirmed",
         false,
         {}},
        {"mlps-8.1.2.1c",
         Mlps,
         {"GB/T 22239-2019 8.1.2.1 c)"},
         "应划分不同的网络区域,并按照方便管理和控制的原则为各网络区域分配地址",
         true,
         F::family("A")},
        {"mlps-8.1.2.1d",
         Mlps,
         {"GB/T 22239-2019 8.1.2.1 d)"},
         "应避免将重要网络区域部署在边界处,重要网络区域与其他网络区域之间应采取可靠的技术隔离手段",
         true,
         {"cross-zone", "vlan-zone-conflict"}},
        {"mlps-8.1.3.1a",
         Mlps,
         {"GB/T 22239-2019 8.1.3.1 a)"},
         "应保证跨越边界的访问和数据流通过边界设备提供的受控接口进行通信",
         true,
         F::family("LM")},
        {"mlps-8.1.3.1b",
         Mlps,
         {"GB/T 22239-2019 8.1.3.1 b)"},
         "应能够对非授权设备私自联到内部网络的行为进行检查或限制",
         true,
         {"mac-invalid", "mac-duplicate"}},
        {"mlps-8.1.3.2ac",
         Mlps,
         {"GB/T 22239-2019 8.1.3.2 a)", "GB/T 22239-2019 8.1.3.2 c)"},
         "应在网络边界或区域之间根据访问控制策略设置访问控制规则,默认情况下除允许通信外受控接口拒绝"
         "所有通信;应对源地址、目的地址、源端口、目的端口和协议等进行检查",
         true,
         {}},
        {"mlps-8.1.3.2b",
         Mlps,
         {"GB/T 22239-2019 8.1.3.2 b)"},
         "应删除多余或无效的访问控制规则,优化访问控制列表,并保证访问控制规则数量最小化",
         true,
         expiry},
        {"mlps-8.1.5.4",
         Mlps,
         {"GB/T 22239-2019 8.1.5.4 a)", "GB/T 22239-2019 8.2.5.1"},
         "应划分出特定的管理区域;应保证云计算平台管理流量与云服务客户业务流量分离",
         true,
         {"no-management-network", "host-nic-shared", "admin-networks-open"}},
        {"mlps-8.2.2.1",
         Mlps,
         {"GB/T 22239-2019 8.2.2.1 a)", "GB/T 22239-2019 8.2.2.1 b)"},
         "应保证云计算平台不承载高于其安全保护等级的业务应用系统;"
         "应实现不同云服务客户虚拟网络之间的隔离",
         true,
         plus(F::family("V"), {"network-overlap", "cross-zone"})},
        {"mlps-8.2.3.1",
         Mlps,
         {"GB/T 22239-2019 8.2.3.1 a)", "GB/T 22239-2019 8.2.3.1 b)"},
         "应在虚拟化网络边界部署访问控制机制,并设置访问控制规则;"
         "应在不同等级的网络区域边界部署访问控制机制,"
         "设置访问控制规则",
         true,
         {"cross-zone"}},
    };
    return specs;
}

const QList<UnevidencedClause> &unevidencedClauses()
{
    static const QList<UnevidencedClause> clauses{
        {"GB/T 22239-2019 8.1.2.2", "通信传输",
         "cryptography in transit; becomes a check once the istio exporter writes STRICT mTLS",
         "通信传输",
         "传输加密;待 istio 导出器写出 STRICT mTLS 后成为检查项"},
        {"GB/T 22239-2019 8.1.3.3", "入侵防范", "intrusion prevention is a deployed control",
         "入侵防范", "入侵防范是部署后的控制措施"},
        {"GB/T 22239-2019 8.1.3.5", "安全审计", "audit logging is a deployed control",
         "安全审计", "安全审计日志是部署后的控制措施"},
        {"GB/T 22239-2019 8.2.3.2 c)", "虚拟机与宿主机、虚拟机之间的异常流量",
         "abnormal traffic detection between VMs and hosts needs monitoring",
         "虚拟机与宿主机、虚拟机之间的异常流量", "检测虚拟机与宿主机之间的异常流量需要监控"},
        {"GB/T 22239-2019 8.1.10.10", "变更管理", "change management is a process", "变更管理",
         "变更管理是流程"},
        {"PCI DSS v4.0.1 1.2.1, 1.2.2", "Configuration standards and change control",
         "processes, not plan content", "配置标准与变更控制", "属于流程,不是规划内容"},
        {"PCI DSS v4.0.1 1.2.6", "Insecure services, protocols and ports",
         "a port number does not say whether its protocol is secure", "不安全的服务、协议和端口",
         "端口号不能说明其协议是否安全"},
        {"PCI DSS v4.0.1 1.3.3", "Wireless networks", "the plan holds no wireless networks",
         "无线网络", "规划中没有无线网络"},
        {"PCI DSS v4.0.1 1.4.3", "Anti-spoofing",
         "partly: the ovs exporter's port security binds MACs and source addresses", "防欺骗",
         "部分满足:ovs 导出器的端口安全绑定 MAC 和源地址"},
        {"PCI DSS v4.0.1 1.4.5", "Disclosure of internal IP addresses",
         "NAT and DNS exposure are not in the plan", "内部 IP 地址泄露",
         "NAT 和 DNS 暴露不在规划中"},
        {"PCI DSS v4.0.1 4.2.1", "Strong cryptography over public networks",
         "encryption is not in the plan", "公共网络上的强加密", "加密不在规划中"},
        {"PCI DSS v4.0.1 10.x", "Logging and monitoring", "logging is a deployed control",
         "日志与监控", "日志是部署后的控制措施"},
    };
    return clauses;
}

const CheckSpec *checkSpec(const QString &id)
{
    for (const CheckSpec &s : checkCatalogue())
        if (s.id == id) return &s;
    return nullptr;
}

} // namespace Planar
