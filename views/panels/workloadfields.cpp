#include "workloadfields.h"

#include "plan/vm.h"

namespace Planar::Fields {

namespace {

/** Every VM of the plan, shown with the host it runs on. */
Choices vmChoices(const PlanDocument &doc)
{
    Choices out;
    for (const QString &id : doc.keys(ItemKind::Vm)) {
        const QString host = std::get<Vm>(*doc.entity(id)).host;
        out << qMakePair(host.isEmpty() ? id : tr("%1 (on %2)").arg(id, host), id);
    }
    return out;
}

/** @p ticked in the order the plan already had, newly ticked nodes after them. */
QStringList placeOn(const QStringList &before, const QStringList &ticked)
{
    QStringList out;
    for (const QString &node : before)
        if (ticked.contains(node) && !out.contains(node)) out << node;
    for (const QString &node : ticked)
        if (!out.contains(node)) out << node;
    return out;
}

} // namespace

void workloadFields(Builder<Workload> &b, PlanDocument *doc, const Workload &w)
{
    b.line(QStringLiteral("namespace"), tr("Namespace"), w.ns, Kind::Id, true,
           [](Workload &x, const QString &s) { x.ns = s; });
    b.choice(QStringLiteral("zone"), tr("Zone"), w.zone, idChoices(*doc, ItemKind::Zone, true),
             [](Workload &x, const QString &s) { x.zone = s; });
    QStringList labels;
    for (const auto &[k, v] : w.labels)
        labels << k + u'=' + v;
    b.line(QStringLiteral("labels"), tr("Labels"), labels.join(QStringLiteral(", ")), std::nullopt,
           true, [](Workload &x, const QString &s) {
               x.labels.clear();
               for (const QString &pair : splitList(s)) {
                   const qsizetype eq = pair.indexOf(u'=');
                   x.labels << qMakePair(pair.left(eq).trimmed(),
                                         eq < 0 ? QString() : pair.mid(eq + 1).trimmed());
               }
           });
    b.checks(QStringLiteral("nodes"), tr("Nodes"), w.nodes, vmChoices(*doc),
             [](Workload &x, const QStringList &ticked) { x.nodes = placeOn(x.nodes, ticked); });
    for (qsizetype i = 0; i < w.ports.size(); ++i) {
        const QString p = QStringLiteral("port%1.").arg(i);
        const QString title = w.ports[i].name.isEmpty() ? QString::number(i + 1) : w.ports[i].name;
        b.section(tr("Port %1").arg(title));
        b.line(p + u"name", tr("Name"), w.ports[i].name, std::nullopt, true,
               [i](Workload &x, const QString &s) { x.ports[i].name = s; });
        b.line(p + u"port", tr("Port"), QString::number(w.ports[i].port), Kind::Port, false,
               [i](Workload &x, const QString &s) { x.ports[i].port = s.toInt(); });
        b.choice(p + u"protocol", tr("Protocol"), protocolKey(w.ports[i].effectiveProtocol()),
                 textChoices({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")},
                             false),
                 [i](Workload &x, const QString &s) { x.ports[i].protocol = protocolFromKey(s); });
        b.button(p + u"remove", tr("Remove port %1").arg(title),
                 [i](Workload &x) { x.ports.removeAt(i); });
    }
    b.section(QString());
    b.button(QStringLiteral("addPort"), tr("Add port"), [](Workload &x) {
        x.ports << WorkloadPort{QString(), 8080, Protocol::TCP, {}};
    });
    b.section(tr("Exposure"));
    b.choice(QStringLiteral("expose.type"), tr("Expose"), w.expose ? w.expose->type : QString(),
             textChoices(exposeTypes(), true), [](Workload &x, const QString &s) {
                 if (s.isEmpty())
                     x.expose.reset();
                 else {
                     if (!x.expose) x.expose = Expose{};
                     x.expose->type = s;
                 }
             });
    if (w.expose)
        b.line(QStringLiteral("expose.port"), tr("Expose port"), optionalInt(w.expose->port),
               Kind::Port, true,
               [](Workload &x, const QString &s) { x.expose->port = toOptionalInt(s); });
    // Free text like labels: a service account may hold dots, and the validator names what
    // Kubernetes refuses (invalid-service-account) instead of the field swallowing keystrokes.
    b.section(tr("Mesh"));
    b.line(QStringLiteral("serviceAccount"), tr("Service account"), w.serviceAccount, std::nullopt,
           true, [](Workload &x, const QString &s) { x.serviceAccount = s; });
    const QString mesh =
        w.mesh ? (*w.mesh ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    b.choice(QStringLiteral("mesh"), tr("In the Istio mesh"), mesh,
             textChoices({QStringLiteral("true"), QStringLiteral("false")}, true),
             [](Workload &x, const QString &s) {
                 x.mesh =
                     s.isEmpty() ? std::nullopt : std::optional<bool>(s == QLatin1String("true"));
             });
}

} // namespace Planar::Fields
