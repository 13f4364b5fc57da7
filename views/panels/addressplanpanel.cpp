#include "addressplanpanel.h"

#include "autolayout.h"
#include "displaytext.h"
#include "theme.h"
#include "document/plandocument.h"
#include "net/cidr.h"
#include "usagechart.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Planar {

namespace {

enum Column {
    IdColumn,
    PlaneColumn,
    CidrColumn,
    VlanColumn,
    ZoneColumn,
    SizeColumn,
    UsedColumn,
    UsedByColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int CidrRole = Qt::UserRole + 2; // the row's CIDR as written, for address filters

/**
 * The filter as a network engineer types it: an address finds the ranges that hold it
 * (10.0.1.11 finds its /24, the VM range and the cluster), a CIDR the ranges that overlap it,
 * anything else is text found in any column.
 */
class AddressFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        const QString t = text.trimmed();
        mAddress = IpAddress::parse(t);
        mRange = mAddress ? std::nullopt : Cidr::parse(t);
        setFilterFixedString(mAddress || mRange ? QString() : t);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!mAddress && !mRange) return QSortFilterProxyModel::filterAcceptsRow(row, parent);
        const auto cidr = Cidr::parse(
            sourceModel()->index(row, CidrColumn, parent).data(CidrRole).toString());
        // The internet's 0.0.0.0/0 holds every address and would answer every question.
        if (!cidr || cidr->isDefaultRoute()) return false;
        if (mAddress) return cidr->contains(*mAddress);
        return cidr->contains(*mRange) || mRange->contains(*cidr);
    }

private:
    std::optional<IpAddress> mAddress;
    std::optional<Cidr> mRange;
};

/** Usable addresses: IPv4 blocks above /31 lose their network and broadcast addresses. */
quint64 usable(const Cidr &c)
{
    const quint64 n = c.addressCount();
    return c.family() == IpFamily::V4 && c.prefix() < 31 ? n - 2 : n;
}

const QSet<QString> &conflictCodes()
{
    static const QSet<QString> codes{QStringLiteral("plane-overlap"),
                                     QStringLiteral("network-overlap"),
                                     QStringLiteral("pod-subnet-overlap"),
                                     QStringLiteral("pod-subnet-outside-cluster"),
                                     QStringLiteral("invalid-cidr"),
                                     QStringLiteral("vlan-zone-conflict"),
                                     QStringLiteral("gateway-outside-network"),
                                     QStringLiteral("cluster-capacity")};
    return codes;
}

AddressRow makeRow(const QString &id, const QString &name, Plane plane, const QString &cidr,
                   const QString &vlan = {}, const QString &zone = {})
{
    AddressRow r;
    r.id = id;
    r.name = name;
    r.plane = plane;
    r.cidr = cidr;
    r.vlan = vlan;
    r.zone = zone;
    return r;
}

} // namespace

QList<AddressRow> AddressPlanPanel::rows(const Plan &plan)
{
    QList<AddressRow> out;
    QHash<QString, QStringList> users;
    QHash<QString, quint64> used;
    auto use = [&](const QString &network, const QString &who) {
        users[network] << who;
        ++used[network];
    };
    for (const Host &h : plan.hosts)
        for (const HostNic &nic : h.nics)
            use(nic.network, h.id);
    for (const Vm &vm : plan.vms)
        for (const VmNic &nic : vm.nics)
            use(nic.network, vm.id);
    for (const Network &n : plan.networks) {
        if (!n.parent.isEmpty()) users[n.parent] << n.id;
        if (!n.gateway.isEmpty()) ++used[n.id];
    }
    for (const Network &n : plan.networks) {
        AddressRow r = makeRow(n.id, n.id, n.plane, n.cidr,
                               n.vlan ? QString::number(*n.vlan) : QString(), n.zone);
        if (const auto c = Cidr::parse(n.cidr)) r.size = c->addressCount();
        r.used = used.value(n.id);
        r.usedBy = users.value(n.id);
        r.usedBy.removeDuplicates();
        out << r;
    }
    const QString cluster = AutoLayout::clusterKey();
    for (const QString &s : plan.cluster.podSubnets) {
        AddressRow r = makeRow(cluster, QObject::tr("cluster Pod range"), Plane::Pod, s);
        const auto range = Cidr::parse(s);
        if (range) r.size = range->addressCount();
        for (const Vm &vm : plan.vms)
            for (const CidrText &p : vm.podSubnets) {
                const auto sub = p.address();
                if (range && sub && range->contains(*sub)) {
                    r.used += sub->addressCount();
                    r.usedBy << vm.id;
                }
            }
        out << r;
    }
    for (const QString &s : plan.cluster.serviceSubnets) {
        AddressRow r = makeRow(cluster, QObject::tr("cluster Service range"), Plane::Service, s);
        if (const auto c = Cidr::parse(s)) r.size = c->addressCount();
        out << r;
    }
    for (const Vm &vm : plan.vms)
        for (const CidrText &p : vm.podSubnets) {
            AddressRow r = makeRow(vm.id, QObject::tr("%1 Pods").arg(vm.id), Plane::Pod, p.text(),
                                   {}, vm.zone);
            if (const auto c = p.address()) r.size = c->addressCount();
            r.usedBy << vm.id;
            out << r;
        }
    return out;
}

QList<Usage> AddressPlanPanel::usage(const Plan &plan)
{
    QList<Usage> out;
    for (const QString &s : plan.cluster.podSubnets) {
        const auto range = Cidr::parse(s);
        if (!range || range->family() != IpFamily::V4) continue;
        const int bits = plan.cluster.effectiveNodeMaskSize() - range->prefix();
        if (bits < 0 || bits > 40) continue;
        quint64 nodes = 0;
        for (const Vm &vm : plan.vms)
            for (const CidrText &p : vm.podSubnets)
                if (const auto sub = p.address(); sub && range->contains(*sub)) ++nodes;
        out << Usage{QObject::tr("node subnets"), nodes, quint64(1) << bits};
    }
    QList<Usage> networks;
    for (const AddressRow &r : rows(plan)) {
        if (r.plane != Plane::Host && r.plane != Plane::Vm) continue;
        const auto c = Cidr::parse(r.cidr);
        if (!c || r.used == 0) continue;
        networks << Usage{r.id, r.used, usable(*c)};
    }
    // The fullest first: the chart shows as many as it has room for and sums up the rest.
    std::stable_sort(networks.begin(), networks.end(), [](const Usage &a, const Usage &b) {
        return double(a.used) / double(a.capacity) > double(b.used) / double(b.capacity);
    });
    out += networks;
    return out;
}

AddressPlanPanel::AddressPlanPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mFilter(new QLineEdit(this)),
      mModel(new QStandardItemModel(0, ColumnCount, this)), mProxy(new AddressFilter(this)),
      mTable(new QTableView(this)), mChart(new UsageChart(this)), mRefresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mFilter->setObjectName(QStringLiteral("addressFilter"));
    mFilter->setPlaceholderText(tr("Filter by text, address or CIDR…"));
    mFilter->setClearButtonEnabled(true);
    layout->addWidget(mFilter);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    mModel->setHorizontalHeaderLabels({tr("Network"), tr("Plane"), tr("CIDR"), tr("VLAN"),
                                       tr("Zone"), tr("Size"), tr("Used"), tr("Used by")});
    mProxy->setSourceModel(mModel);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // plan order first
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setAlternatingRowColors(true);
    split->addWidget(mTable);
    split->addWidget(mChart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(mFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<AddressFilter *>(mProxy)->setText(text); });
    connect(mTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT idActivated(index.siblingAtColumn(IdColumn).data(IdRole).toString());
    });
    // After an edit the table is rebuilt when the findings of the edited plan come, which is
    // after the canvas has shown their colours: rebuilt on a timer of its own, it ran while
    // the validator did and the colours waited behind it. The timer is the fallback for a
    // panel that is given no findings.
    mRefresh->setSingleShot(true);
    mRefresh->setInterval(1000);
    connect(mRefresh, &QTimer::timeout, this, [this] {
        if (mStale) refresh();
    });
    connect(document, &PlanDocument::contentChanged, this, [this] {
        mStale = true;
        mRefresh->start();
    });
    connect(document, &PlanDocument::planReset, this, &AddressPlanPanel::refresh);
    refresh();
}

void AddressPlanPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale) refresh();
}

void AddressPlanPanel::setOnScreen(bool onScreen)
{
    mOnScreen = onScreen;
    if (onScreen && mStale) refresh();
}

void AddressPlanPanel::refresh()
{
    // Out of sight (behind the Issues tab, or closed), the table waits until it shows: rebuilt
    // after every edit of the 10,000-VM plan, its rows kept the GUI thread busy for 0.3-0.5 s,
    // and the canvas's colours waited behind them.
    if (outOfSight()) {
        mStale = true;
        return;
    }
    mStale = false;
    mRefresh->stop();
    const Plan &plan = mDocument->plan();
    QList<AddressRow> now = rows(plan);
    // An edit of a field leaves the rows where they are: updated in place, the table keeps the
    // user's sorting, selection and scroll position, and only changed cells are touched (a
    // full rebuild of the 10,000-VM plan's rows took 0.3-0.5 s after every edit).
    const bool sameRows =
        now.size() == mRows.size() &&
        std::equal(now.cbegin(), now.cend(), mRows.cbegin(), [](const AddressRow &a, const AddressRow &b) {
            return a.id == b.id && a.plane == b.plane;
        });
    if (sameRows)
        updateInPlace(now);
    else
        rebuild(now);
    mRows = std::move(now);
    mChart->setUsage(usage(plan));
}

void AddressPlanPanel::rebuild(const QList<AddressRow> &rows)
{
    mModel->setRowCount(0);
    mRowsOf.clear();
    for (const AddressRow &r : rows) {
        const int row = mModel->rowCount();
        mRowsOf[r.id] << row;
        QList<QStandardItem *> items;
        for (int c = 0; c < ColumnCount; ++c)
            items << new QStandardItem;
        mModel->appendRow(items);
        fill(row, r);
    }
    highlight(true);
    mTable->resizeColumnsToContents();
}

void AddressPlanPanel::fill(int row, const AddressRow &r)
{
    const auto item = [this, row](int column) { return mModel->item(row, column); };
    item(IdColumn)->setText(displayText(r.name));
    item(IdColumn)->setData(r.id, IdRole);
    item(PlaneColumn)->setText(planeKey(r.plane));
    item(PlaneColumn)->setForeground(Theme::planeColor(r.plane).darker(120));
    item(CidrColumn)->setText(displayText(r.cidr));
    item(CidrColumn)->setData(r.cidr, CidrRole);
    item(VlanColumn)->setText(r.vlan);
    item(ZoneColumn)->setText(displayText(r.zone));
    item(SizeColumn)->setData(QVariant::fromValue(qulonglong(r.size)), Qt::DisplayRole);
    item(UsedColumn)->setData(QVariant::fromValue(qulonglong(r.used)), Qt::DisplayRole);
    item(UsedByColumn)->setText(displayText(r.usedBy.join(QStringLiteral(", ")), 4 * DisplayTextMax));
}

void AddressPlanPanel::updateInPlace(const QList<AddressRow> &rows)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows[row] == mRows[row]) continue;
        fill(row, rows[row]);
        // Widen a column that the new text no longer fits; never narrow one under the user.
        for (int c = 0; c < ColumnCount; ++c) {
            const QModelIndex index = mProxy->mapFromSource(mModel->index(row, c));
            const int wanted = mTable->sizeHintForIndex(index).width();
            if (wanted > mTable->columnWidth(c)) mTable->setColumnWidth(c, wanted);
        }
    }
    highlight(false);
}

void AddressPlanPanel::setFindings(const QList<Finding> &findings)
{
    mConflicts.clear();
    for (const Finding &f : findings)
        if (conflictCodes().contains(f.code))
            for (const QString &s : f.subjects)
                mConflicts.insert(s);
    if (outOfSight()) {
        mStale = true;
        return;
    }
    if (mStale)
        refresh(); // the plan changed since the rows were made: rows and colours anew
    else
        highlight(false);
}

void AddressPlanPanel::highlight(bool all)
{
    // Each background set is a change the sorting proxy looks at: only the rows that change.
    QSet<QString> ids = mConflicts;
    ids.unite(mHighlighted);
    if (!all) {
        for (auto it = ids.begin(); it != ids.end();)
            if (mConflicts.contains(*it) == mHighlighted.contains(*it))
                it = ids.erase(it);
            else
                ++it;
    }
    const auto colour = [this](int row, bool conflict) {
        for (int c = 0; c < ColumnCount; ++c)
            mModel->item(row, c)->setBackground(conflict ? QColor(0xff, 0xcd, 0xd2) : QBrush());
    };
    if (all)
        for (int row = 0; row < mModel->rowCount(); ++row)
            colour(row, mConflicts.contains(mModel->item(row, IdColumn)->data(IdRole).toString()));
    else
        for (const QString &id : std::as_const(ids))
            for (const int row : mRowsOf.value(id))
                colour(row, mConflicts.contains(id));
    mHighlighted = mConflicts;
}

} // namespace Planar
