#include "usagechart.h"

#include "displaytext.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Planar {

struct UsageChart::Private {
    QChartView *view = nullptr;
};

UsageChart::UsageChart(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->view = new QChartView(this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(120); // the Issues/Address dock may not squeeze the canvas
    layout->addWidget(d->view);
    setUsage({});
}

UsageChart::~UsageChart() = default;

void UsageChart::setUsage(const QList<Usage> &usage)
{
    mUsage = usage;
    auto *used = new QBarSet(tr("used %"));
    auto *free = new QBarSet(tr("free %"));
    used->setColor(Theme::planeColor(Plane::Vm));
    free->setColor(QColor(0xe0, 0xe0, 0xe0));
    QStringList categories;
    for (const Usage &u : usage) {
        const double percent =
            u.capacity ? qMin(100.0, 100.0 * double(u.used) / double(u.capacity)) : 0;
        *used << percent;
        *free << 100.0 - percent;
        categories
            << QStringLiteral("%1  %2/%3").arg(displayText(u.label)).arg(u.used).arg(u.capacity);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(used);
    series->append(free);
    series->setBarWidth(0.7);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Address use (used / usable)"));
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont small = chart->font();
    small.setPointSizeF(7.5);
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
}

} // namespace Planar
