#pragma once

#include "net/cidr.h"

#include <QMap>
#include <QStringList>

namespace Planar {

/** The Pods of one workload as Kubernetes sees them: namespace, labels, possible addresses. */
struct PodGroup {
    QString id;
    QString ns;
    QMap<QString, QString> labels;
    QList<Cidr> addresses;
};

/**
 * An independent reading of `networking.k8s.io/v1` NetworkPolicy manifests, for tests: checks
 * each document's shape strictly (required fields, enums, no unknown keys) and then answers,
 * with Kubernetes semantics, whether a flow between two Pod groups is allowed — egress of the
 * source AND ingress of the target; a Pod no policy selects is not isolated.
 */
class PolicyEvaluator {
public:
    /** False with @p error naming the document and field when the YAML is not valid v1. */
    bool load(const QByteArray &yaml, QString *error);
    int policyCount() const { return int(mPolicies.size()); }

    bool allows(const PodGroup &from, const PodGroup &to, int port, const QString &protocol) const;

private:
    struct Peer {
        bool hasPodSelector = false;
        QMap<QString, QString> podSelector;
        bool hasNamespaceSelector = false;
        QMap<QString, QString> namespaceSelector;
        bool isBlock = false;
        Cidr block;
        QList<Cidr> except;
    };
    struct Port {
        QString protocol;
        int port = 0; // 0: all ports of the protocol
        int endPort = 0;
    };
    struct Rule {
        bool allPeers = true;
        QList<Peer> peers;
        bool allPorts = true;
        QList<Port> ports;
    };
    struct Policy {
        QString name;
        QString ns;
        QMap<QString, QString> podSelector;
        bool ingress = false;
        bool egress = false;
        QList<Rule> ingressRules;
        QList<Rule> egressRules;
    };

    bool direction(const PodGroup &pod, const PodGroup &other, bool egress, int port,
                   const QString &protocol) const;
    static bool peerMatches(const Peer &peer, const QString &policyNs, const PodGroup &other);

    QList<Policy> mPolicies;
};

} // namespace Planar
