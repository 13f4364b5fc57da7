#include "usagechart.h"

#include "displaytext.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <QValueAxis>
#include <cmath>

namespace Planar {

namespace {

/** At most @p max characters, cut in the middle: "vm-net-payments-eu-west-1" keeps both ends,
 *  which is where generated names differ. */
QString shortLabel(const QString &text, qsizetype max = 18)
{
    if (text.size() <= max) return text;
    const qsizetype head = (max - 1) / 2, tail = max - 1 - head;
    return text.left(head) + u'…' + text.right(tail);
}

} // namespace

struct UsageChart::Private {
    QChartView *view = nullptr;
    QTimer *refit = nullptr;
};

UsageChart::UsageChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(120); // the Issues/Address dock may not squeeze the canvas
    // Room for a label column and bars: narrower, and Qt Charts cuts every label to "…".
    d->view->setMinimumWidth(340);
    layout->addWidget(d->view);
    d->refit = new QTimer(this);
    d->refit->setSingleShot(true);
    d->refit->setInterval(0);
    connect(d->refit, &QTimer::timeout, this, &UsageChart::fitRows);
    setUsage({});
}

UsageChart::~UsageChart() = default;

void UsageChart::setUsage(const QList<Usage> &usage)
{
    mAll = usage;
    rebuild();
}

namespace {
QFont labelFont(const QFont &base)
{
    QFont small = base;
    small.setPointSizeF(7.5);
    return small;
}
} // namespace

int UsageChart::rowsThatFit() const
{
    // Qt Charts draws a category label as a text item with a margin of 4 px around the line
    // (and some padding), and cuts it to "…" when the label's band is lower than that. The
    // plot gets what the title, the percent axis and the margins leave: measured on the chart
    // shown, laid out for the view's size now, or estimated before there is one.
    const int perRow = QFontMetrics(labelFont(font())).height() + 14;
    QChart *chart = d->view->chart();
    if (chart && chart->layout()) chart->layout()->activate();
    if (chart && chart->plotArea().height() > 0)
        return std::max(2, int(chart->plotArea().height()) / perRow);
    const int chrome = QFontMetrics(font()).height() + perRow + 24;
    return std::max(2, (d->view->height() - chrome) / perRow);
}

void UsageChart::fitRows()
{
    const int fit = rowsThatFit();
    const bool cut = mShown.size() < mAll.size();
    if ((cut && fit != mShown.size()) || (!cut && fit < mShown.size())) rebuild();
}

void UsageChart::rebuild()
{
    const int fit = rowsThatFit();
    QList<Usage> usage = mAll;
    if (usage.size() > fit) {
        usage = mAll.mid(0, fit - 1);
        Usage others{tr("%n other(s)", nullptr, int(mAll.size() - usage.size())), 0, 0};
        for (qsizetype i = usage.size(); i < mAll.size(); ++i) {
            others.used += mAll[i].used;
            others.capacity += mAll[i].capacity;
        }
        usage << others;
    }
    mShown = usage;
    auto *used = new QBarSet(tr("used %"));
    auto *free = new QBarSet(tr("free %"));
    // A light blue, so that the dark percent reads on the bar and past its end alike.
    used->setColor(Theme::planeColor(Plane::Vm).lighter(160));
    used->setBorderColor(Theme::planeColor(Plane::Vm));
    free->setColor(QColor(0xee, 0xee, 0xee));
    free->setBorderColor(QColor(0xee, 0xee, 0xee));
    // Only the used part carries a number; the free part's label would repeat it.
    used->setLabelColor(Theme::TextColor);
    free->setLabelColor(Qt::transparent);
    QStringList categories;
    QStringList details;
    // Qt Charts stacks categories from the bottom up; the list reads from the top.
    for (auto it = usage.crbegin(); it != usage.crend(); ++it) {
        const Usage &u = *it;
        const double percent =
            u.capacity ? qMin(100.0, 100.0 * double(u.used) / double(u.capacity)) : 0;
        *used << std::round(percent);
        *free << 100.0 - std::round(percent);
        // The axis shows the name only (short, so it is never cut); the numbers are the bar's
        // label and its tooltip.
        QString label = shortLabel(displayText(u.label));
        while (categories.contains(label))
            label += u' '; // a category must be unique; two cut names may meet
        categories << label;
        details << tr("%1: %2 of %3 used (%4 %)")
                       .arg(displayText(u.label))
                       .arg(u.used)
                       .arg(u.capacity)
                       .arg(qRound(percent));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(used);
    series->append(free);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    for (QBarSet *set : {used, free})
        connect(set, &QBarSet::hovered, this, [details](bool on, int index) {
            if (on && index >= 0 && index < details.size())
                QToolTip::showText(QCursor::pos(), details[index]);
            else
                QToolTip::hideText();
        });

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Address use (used / usable)"));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(8.5);
    chart->setTitleFont(titleFont);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 0, 8, 0));
    chart->setBackgroundRoundness(0);
    if (chart->layout()) chart->layout()->setContentsMargins(0, 0, 0, 0);
    const QFont small = labelFont(chart->font());
    series->setLabelsPrecision(3);
    used->setLabelFont(small);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    axisX->setLabelsFont(small);
    axisX->setTickCount(5);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    QChart *old = d->view->chart();
    d->view->setChart(chart);
    delete old;
    // The plot changes with the view's size (resizes reach the chart later than this widget):
    // then the number of bars that fit may change too.
    connect(chart, &QChart::plotAreaChanged, d->refit, qOverload<>(&QTimer::start));
    // Lay the new chart out now: a grab or paint before the posted layout request would show
    // its labels where they do not fit.
    if (chart->layout()) chart->layout()->activate();
}

} // namespace Planar
