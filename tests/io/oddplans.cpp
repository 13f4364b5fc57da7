#include "oddplans.h"

#include <QDirIterator>

namespace Planar {

QStringList fuzzCorpus()
{
    QStringList paths;
    for (const char *root : {PLANAR_EXAMPLES, PLANAR_TEST_DATA, PLANAR_FUZZ_REGRESSIONS}) {
        QDirIterator it(QString::fromUtf8(root), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    }
    paths.sort();
    return paths;
}

QList<GeneratedPlan> generatedPlans()
{
    const auto plan = [](int hosts, quint32 seed, int mistakes) {
        GeneratorOptions options;
        options.hosts = hosts;
        options.workloads = hosts * 3;
        options.seed = seed;
        options.mistakes = mistakes;
        return options;
    };
    QList<GeneratedPlan> plans;
    for (const quint32 seed : {1u, 7u, 2026u}) {
        const QByteArray suffix = ", seed " + QByteArray::number(seed);
        plans.append({"small" + suffix, plan(4, seed, 0)});
        plans.append({"small with mistakes" + suffix, plan(4, seed, 12)});
        plans.append({"200 hosts" + suffix, plan(200, seed, 40)});
    }
    plans.append({"2000 hosts", plan(2000, 3, 0)});
    return plans;
}

QList<QPair<const char *, QString>> oddTexts()
{
    return {
        {"plain", QStringLiteral("web-1")},
        {"address", QStringLiteral("10.0.1.11")},
        {"ipv6", QStringLiteral("fd00::1/64")},
        {"spaces", QStringLiteral("orders database")},
        {"empty", QString()},
        {"leading space", QStringLiteral(" lead")},
        {"trailing space", QStringLiteral("trail ")},
        {"colon space", QStringLiteral("a: b")},
        {"colon end", QStringLiteral("ends:")},
        {"colon start", QStringLiteral(":x")},
        {"colon inside", QStringLiteral("a:b")},
        {"comment", QStringLiteral("a #b")},
        {"hash inside", QStringLiteral("a#b")},
        {"dash", QStringLiteral("-")},
        {"dash word", QStringLiteral("-x")},
        {"dash space", QStringLiteral("- x")},
        {"negative", QStringLiteral("-1")},
        {"question", QStringLiteral("?x")},
        {"null", QStringLiteral("null")},
        {"tilde", QStringLiteral("~")},
        {"yes", QStringLiteral("yes")},
        {"No", QStringLiteral("No")},
        {"on", QStringLiteral("on")},
        {"hex", QStringLiteral("0x1F")},
        {"underscored", QStringLiteral("1_000")},
        {"sexagesimal", QStringLiteral("1:20")},
        {"fraction", QStringLiteral(".5")},
        {"exponent", QStringLiteral("1e3")},
        {"plus", QStringLiteral("+1")},
        {"inf", QStringLiteral(".inf")},
        {"version", QStringLiteral("1.2.3")},
        {"indicators", QStringLiteral("&a *b !c |d >e %f @g `h")},
        {"quotes", QStringLiteral("'single' \"double\"")},
        {"brackets", QStringLiteral("[x] {y} a,b")},
        {"tab", QStringLiteral("tab\there")},
        {"line break", QStringLiteral("line\nbreak")},
        {"carriage return", QStringLiteral("cr\rx")},
        {"backslash", QStringLiteral("back\\slash")},
        {"bell", QStringLiteral("bell\a")},
        {"nul", QString(QChar(0)) + QStringLiteral("x")},
        {"delete", QStringLiteral("del\x7f")},
        {"latin", QStringLiteral("café")},
        {"chinese", QStringLiteral("电商 网络")},
        {"nbsp", QStringLiteral("a\u00a0b")},
        {"next line", QStringLiteral("x\u0085y")},
        {"line separator", QStringLiteral("a\u2028b")},
        {"paragraph separator", QStringLiteral("a\u2029b")},
        {"bom", QStringLiteral("\ufeffbom")},
        {"astral", QStringLiteral("\U0010ffff \U0001F600")},
        {"non-character", QStringLiteral("\ufffe\uffff\ufdd0")},
        {"private use", QStringLiteral("\ue000\ue001")},
        {"lone surrogate", QString(QChar(0xD800)) + QStringLiteral("x")},
        {"long", QString(1100, u'k')},
        {"long quoted", QString(1100, u'k') + u' '},
        {"long unicode", QString(400, QChar(0x7535))},
        {"long escaped", QString(1100, u'k') + QChar(0x2028)},
    };
}

Plan planWithTextEverywhere(const QString &s)
{
    const ExtraKeys extra{{s, QStringLiteral("x")}, {QStringLiteral("k"), QStringLiteral("- 1")}};
    Plan p;
    p.name = s;
    p.description = s;
    p.profiles = {s, QStringLiteral("pci-dss")};
    p.adminNetworks = {s};
    p.reviewed = Review{s, QDate(2026, 11, 1), {}};
    p.zones = {{s, s, 2, true, extra}};
    Network n;
    n.id = s;
    n.plane = Plane::Host;
    n.cidr = s;
    n.role = s;
    n.gateway = s;
    n.vlan = 10;
    n.zone = s;
    n.parent = s;
    n.extra = extra;
    p.networks = {n};
    Host h;
    h.id = s;
    h.zone = s;
    h.nics = {{s, s, s, s, extra}};
    h.switches = {{s, s, {10, 20}, extra}};
    h.extra = extra;
    p.hosts = {h};
    Vm v;
    v.id = s;
    v.host = s;
    v.role = s;
    v.zone = s;
    v.nics = {{s, s, 10, s, s, s, extra}};
    v.podSubnets = {s};
    v.extra = extra;
    Vm dual = v;
    dual.podSubnets = {s, s};
    p.vms = {v, dual};
    p.cluster.name = s;
    p.cluster.podSubnets = {s, s};
    p.cluster.serviceSubnets = {s};
    p.cluster.cni = s;
    p.cluster.extra = extra;
    Workload w;
    w.id = s;
    w.ns = s;
    w.labels = {{s, s}, {QStringLiteral("app"), s}, {s, QStringLiteral("web")}};
    w.zone = s;
    w.nodes = {s, s};
    w.ports = {{s, 80, Protocol::UDP, {}}, {QString(), 443, std::nullopt, extra}};
    w.expose = Expose{s, 443, extra};
    w.serviceAccount = s;
    w.mesh = false;
    w.extra = extra;
    p.workloads = {w};
    Link l;
    l.id = s;
    l.from = s;
    l.to = s;
    l.ports = {*PortRange::parse(QStringLiteral("80/TCP")),
               *PortRange::parse(QStringLiteral("1000-2000/UDP"))};
    l.reason = s;
    l.exception = LinkException{s, s, QDate(2026, 12, 31), extra};
    l.extra = extra;
    p.links = {l};
    p.policy = {{Plane::Pod, Plane::Host, PolicyAction::Allow, s, extra}};
    p.layout = {{s, QPointF(-12.5, 3)}, {QStringLiteral("b"), QPointF(1e6, -0.25)}};
    p.extra = extra;
    return p;
}

QByteArray unknownKeysEverywhere()
{
    // Unknown keys at every level, with values of every shape the reader keeps.
    return R"(planar: 1
name: odd
reviewed: {by: me, date: 2026-11-01, note: [a, {b: 1}], "x y": ~}
zones:
  - id: z
    extra: {a: [1, 2], b: {c: d}}
    nested:
      - - 1
        - two
      - []
      - {}
      - k: v
        l: [x]
    tagged: !foo {a: 1}
    str: !!str 5
    quoted: '1'
    anchored: &a {x: 1}
    aliased: *a
    empty:
    tabbed: "a\tb"
    unicode: "\u2028 \x85"
hosts:
  - id: h
    nics:
      - name: eth0
        odd: 1
workloads:
  - id: w
    labels: {app: w}
    ports:
      - {port: 80, odd: x}
      - {name: http, port: 8080, protocol: TCP, more: [1]}
    expose: {type: ingress, odd: {deep: [1, {deeper: 2}]}}
links:
  - from: w
    to: z
    exception: {reason: r, odd: yes}
    weird: null
cluster:
  name: c
  extra: [1]
layout:
  w: {x: 1, y: 2}
topLevel:
  - a
  - b: 1
    c: 2
? )" + QByteArray(1100, 'k') +
           R"(
: long key
last: |
  a literal
  block
)";
}

} // namespace Planar
