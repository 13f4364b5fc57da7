#include "reportpdf.h"

#include <QRegularExpression>

namespace Planar {

namespace {

/** A PDF text string as UTF-16BE hex with a byte-order mark: any script, nothing to escape. */
QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

} // namespace

bool setPdfInfo(QByteArray *pdf, const QList<QPair<QByteArray, QString>> &info)
{
    // The last trailer names the catalogue and the object count; startxref the last xref.
    static const QRegularExpression startxref(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    const QString tail = QString::fromLatin1(pdf->right(2048));
    const auto x = startxref.match(tail);
    const qsizetype trailerAt = tail.lastIndexOf(QLatin1String("trailer"));
    if (!x.hasMatch() || trailerAt < 0) return false;
    const QString trailer = tail.mid(trailerAt);
    const auto s = size.match(trailer);
    const auto r = root.match(trailer);
    if (!s.hasMatch() || !r.hasMatch()) return false;
    const int object = s.captured(1).toInt();

    if (!pdf->endsWith('\n')) pdf->append('\n');
    const qsizetype objectAt = pdf->size();
    QByteArray dict = QByteArray::number(object) + " 0 obj\n<<";
    for (const auto &[key, value] : info)
        dict += " /" + key + ' ' + pdfText(value);
    dict += " >>\nendobj\n";
    pdf->append(dict);
    const qsizetype xrefAt = pdf->size();
    pdf->append("xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(object) + " 1\n" +
                QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n");
    pdf->append("trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " +
                r.captured(1).toLatin1() + " /Info " + QByteArray::number(object) + " 0 R /Prev " +
                x.captured(1).toLatin1() + " >>\nstartxref\n" + QByteArray::number(xrefAt) +
                "\n%%EOF\n");
    return true;
}

} // namespace Planar
