#pragma once

#include <QMap>
#include <QStringList>

namespace Planar {

/** A workload as Istio sees it: where it runs, its Pods' labels, the identity it presents. */
struct MeshWorkload {
    QString id;
    QString ns;
    QMap<QString, QString> labels;
    /** `cluster.local/ns/NS/sa/SA`; empty for a caller without a sidecar (mesh: false). */
    QString principal;
    bool sidecar = true;
};

/**
 * An independent reading of `security.istio.io/v1` PeerAuthentication and AuthorizationPolicy
 * manifests, for tests: checks each document's shape strictly (the fields Planar may write,
 * nothing else) and answers with Istio's semantics whether a TCP connection from one workload
 * to another on a port is admitted: STRICT mTLS refuses callers without a sidecar; DENY before
 * ALLOW; a workload no ALLOW policy reaches admits everything; an ALLOW policy without rules
 * admits nothing.
 */
class IstioEvaluator {
public:
    /** False with @p error naming the document and field when the YAML is not what Istio takes. */
    bool load(const QByteArray &yaml, QString *error);

    int peerAuthenticationCount() const { return int(mMtls.size()); }
    int authorizationPolicyCount() const { return int(mPolicies.size()); }
    /** "NS/NAME" of every AuthorizationPolicy, in file order. */
    QStringList policyNames() const;

    /** Whether @p from's connection to @p to on TCP @p port gets through the target's sidecar. */
    bool allows(const MeshWorkload &from, const MeshWorkload &to, int port) const;
    /** The mTLS mode in force for @p to: STRICT, PERMISSIVE or DISABLE. */
    QString mtlsMode(const MeshWorkload &to) const;

    static QString rootNamespace() { return QStringLiteral("istio-system"); }

private:
    struct Rule {
        bool anySource = true;
        QList<QStringList> sourcePrincipals; // one list per `from` entry
        bool anyOperation = true;
        QList<QStringList> operationPorts; // one list per `to` entry; empty list: any port
    };
    struct Policy {
        QString name;
        QString ns;
        bool hasSelector = false;
        QMap<QString, QString> selector;
        QString action; // ALLOW or DENY
        QList<Rule> rules;
    };
    struct Mtls {
        QString ns;
        bool hasSelector = false;
        QString mode;
    };

    bool applies(const Policy &p, const MeshWorkload &to) const;
    static bool ruleMatches(const Rule &r, const MeshWorkload &from, int port);

    QList<Policy> mPolicies;
    QList<Mtls> mMtls;
};

} // namespace Planar
