// File ▸ Export Diagram… and File ▸ Print…: the canvas's picture through planar_render's
// Diagram, so that the file, the printout and the report show the same thing.
#include "diagram.h"
#include "document/plandocument.h"
#include "io/safefile.h"
#include "livevalidator.h"
#include "mainwindow.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace Planar {

namespace {

const QString LastFolderKey = QStringLiteral("diagram/lastFolder");

/** The PNG scales offered, as the user reads them. */
const QList<QPair<QString, qreal>> &pngScales()
{
    static const QList<QPair<QString, qreal>> scales{{QStringLiteral("1×"), 1},
                                                     {QStringLiteral("2×"), 2},
                                                     {QStringLiteral("4×"), 4}};
    return scales;
}

} // namespace

Diagram MainWindow::currentDiagram()
{
    // The picture must show the verdicts of the plan as it is now, not of a pending edit.
    waitForValidation();
    return Diagram(mDocument->plan(), mValidator->result().findings, mValidator->today());
}

bool MainWindow::exportDiagram(const QString &path, qreal scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"svg" && suffix != u"png" && suffix != u"pdf") {
        fail(tr("Export diagram"),
             tr("Cannot export the diagram as \"%1\": the name must end in .svg, .png or .pdf.")
                 .arg(QFileInfo(path).fileName()));
        return false;
    }
    const Diagram diagram = currentDiagram();
    const QRectF bounds = diagram.bounds();
    // The whole file is made in memory first: SafeFile then replaces the target atomically,
    // so a failure half-way never leaves a partial picture on disk.
    QByteArray data;
    if (suffix == u"svg") {
        data = diagram.toSvg();
    } else if (suffix == u"png") {
        const QSize size = (bounds.size() * scale).toSize();
        QImage image(size, QImage::Format_ARGB32);
        if (image.isNull()) {
            fail(tr("Export diagram"),
                 tr("The diagram is too large for a %1 × %2 image; choose a smaller scale.")
                     .arg(size.width())
                     .arg(size.height()));
            return false;
        }
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        diagram.paint(&painter);
        painter.end();
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    } else {
        // One page the size of the picture, 1 diagram unit = 1 pt: vectors and text, no bitmap.
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(mDocument->plan().name);
        writer.setCreator(QStringLiteral("Planar"));
        writer.setResolution(72);
        writer.setPageSize(QPageSize(bounds.size(), QPageSize::Point));
        writer.setPageMargins({});
        QPainter painter(&writer);
        painter.translate(-bounds.topLeft());
        diagram.paint(&painter);
        painter.end();
    }
    QString error;
    if (data.isEmpty() || !SafeFile::write(path, data, &error)) {
        fail(tr("Export diagram"),
             tr("Cannot write the diagram: %1")
                 .arg(error.isEmpty() ? tr("%1: the picture could not be drawn").arg(path)
                                      : error));
        return false;
    }
    statusBar()->showMessage(tr("Diagram written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::printDiagram(QPrinter *printer)
{
    const Diagram diagram = currentDiagram();
    QPainter painter;
    if (!painter.begin(printer)) {
        fail(tr("Print"), tr("Cannot print: the printer did not start."));
        return false;
    }
    // Fit the picture to the printable area, keeping its proportions, centred.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution()).toRectF();
    const QRectF bounds = diagram.bounds();
    const qreal scale = qMin(page.width() / bounds.width(), page.height() / bounds.height());
    painter.translate((page.width() - bounds.width() * scale) / 2,
                      (page.height() - bounds.height() * scale) / 2);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    diagram.paint(&painter);
    return painter.end();
}

void MainWindow::exportDiagramInteractively()
{
    QSettings settings;
    QString folder = settings.value(LastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = mDocument->filePath().isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                     : QFileInfo(mDocument->filePath()).absolutePath();
    const QString base = mDocument->plan().name.isEmpty() ? QStringLiteral("diagram")
                                                          : mDocument->plan().name;
    const QString svg = tr("SVG image (*.svg)"), png = tr("PNG image (*.png)"),
                  pdf = tr("PDF document (*.pdf)");
    QString filter = svg;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), QDir(folder).filePath(base + QStringLiteral(".svg")),
        QStringList{svg, png, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) return;
    // A name typed without a suffix takes the chosen type's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png")
                : filter == pdf ? QStringLiteral(".pdf")
                                : QStringLiteral(".svg");
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    qreal scale = 1;
    if (QFileInfo(path).suffix().toLower() == u"png") {
        QStringList names;
        for (const auto &s : pngScales())
            names << s.first;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Export diagram"), tr("PNG scale (1× = one pixel per canvas unit):"), names,
            1, false, &ok);
        if (!ok) return;
        for (const auto &s : pngScales())
            if (s.first == chosen) scale = s.second;
    }
    exportDiagram(path, scale);
}

void MainWindow::printInteractively()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape); // the planes are wider than tall
    printer.setDocName(mDocument->plan().name);
    bool accepted = false;
    if (mPrinterChooser) {
        accepted = mPrinterChooser(&printer);
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print diagram"));
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (accepted) printDiagram(&printer);
}

} // namespace Planar
