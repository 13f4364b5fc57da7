#pragma once

#include "exporter.h"

namespace Planar {

/**
 * The mesh's share of the Pod plane's isolation (exports.md "istio", seed section 4.3):
 * `istio.yaml` with STRICT mTLS (PeerAuthentication) and, per workload in the mesh, an
 * AuthorizationPolicy that admits exactly the service-account principals of the linked
 * sources on the linked TCP ports. Each namespace also gets an allow-nothing policy, so that a
 * workload no selector reaches still admits nothing (Istio admits everything to a workload no
 * ALLOW policy selects).
 */
class IstioExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("istio"); }
    QString description() const override;
    bool singleArtifact() const override { return true; }
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;

    /** Istio's default trust domain and the namespace of its control plane and gateway. */
    static QString trustDomain() { return QStringLiteral("cluster.local"); }
    static QString rootNamespace() { return QStringLiteral("istio-system"); }
    /** The principal of Istio's default ingress gateway: what traffic from outside arrives as. */
    static QString ingressGatewayPrincipal();
    /** `cluster.local/ns/NS/sa/SA`, the identity a workload's sidecar presents. */
    static QString principalOf(const Workload &w);
    /** The metadata annotation listing the links a policy enforces, space-separated. */
    static QString linksAnnotation() { return QStringLiteral("planar.dev/links"); }
    /** Ports a single link range may expand to: Istio names ports one by one. */
    static constexpr int MaxPortsPerRange = 1024;

private:
    bool checkNames(const Plan &plan);
};

} // namespace Planar
