#include "calicoexporter.h"

#include "exportsafety.h"
#include "net/cidr.h"

namespace Planar {

namespace {

const QString FileName = QStringLiteral("calico-ippools.yaml");

} // namespace

QString CalicoExporter::description() const
{
    return QStringLiteral("calico-ippools.yaml: one Calico IPPool per node (its Pod subnet, "
                          "pinned by nodeSelector)");
}

QStringList CalicoExporter::fileNames(const Plan &) const
{
    return {FileName};
}

bool CalicoExporter::write(const Plan &plan, const ExportOptions &, QList<ExportedFile> *files)
{
    resetMessages();
    const int mask = plan.cluster.effectiveNodeMaskSize();
    // Calico takes IPv4 block sizes of 20..32 only.
    if (mask < 20 || mask > 32)
        addError(QStringLiteral("cluster.nodeMaskSize %1: Calico's IPv4 blockSize must be 20..32")
                     .arg(mask));
    QString pools;
    for (int i = 0; i < plan.vms.size(); ++i) {
        const Vm &vm = plan.vms[i];
        // The VM id is the node name and reaches the nodeSelector's string: a DNS label
        // cannot close the string or add a selector term.
        if (!ExportSafety::isDnsLabel(vm.id)) {
            addError(QStringLiteral("vms[%1].id %2: not a DNS label, cannot name a node")
                         .arg(i)
                         .arg(ExportSafety::shown(vm.id)));
            continue;
        }
        if (vm.podSubnets.isEmpty())
            addWarning(
                QStringLiteral("VM %1 has no podSubnet: no IPPool pins a subnet to it").arg(vm.id));
        for (const CidrText &text : vm.podSubnets) {
            const auto subnet = text.address();
            if (!subnet) {
                addError(QStringLiteral("vms[%1].podSubnet %2: not a CIDR block")
                             .arg(i)
                             .arg(ExportSafety::shown(text)));
                continue;
            }
            if (subnet->family() == IpFamily::V6) {
                addWarning(QStringLiteral("VM %1: IPv6 podSubnet %2 has no IPPool (Calico's "
                                          "IPv6 blockSize is 116..128, not the node's prefix)")
                               .arg(vm.id, subnet->toString()));
                continue;
            }
            if (subnet->prefix() > mask) {
                addError(QStringLiteral("vms[%1].podSubnet %2: smaller than one block of "
                                        "nodeMaskSize /%3")
                             .arg(i)
                             .arg(subnet->toString())
                             .arg(mask));
                continue;
            }
            pools += QStringLiteral("---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\n"
                                    "metadata:\n  name: %1-ipv4\nspec:\n  cidr: %2\n"
                                    "  blockSize: %3\n  natOutgoing: true\n"
                                    "  nodeSelector: kubernetes.io/hostname == \"%1\"\n")
                         .arg(vm.id, subnet->toString())
                         .arg(mask);
        }
    }
    if (!errors().isEmpty()) return false;
    const QString text =
        QStringLiteral("# Apply with: kubectl apply -f %1 (calico-node started with "
                       "NO_DEFAULT_POOLS=true,\n# or delete default-ipv4-ippool). Each node's "
                       "name must be its VM id.\n")
            .arg(FileName) +
        pools;
    files->append({FileName, text.toUtf8()});
    return true;
}

} // namespace Planar
