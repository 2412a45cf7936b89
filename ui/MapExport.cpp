#include "MapExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace steward::mapexport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MapExport)
};

/// A PNG larger than this on its longest side is drawn smaller.
constexpr double MaxPngSide = 8000;

} // namespace

bool formatFor(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else
        return false;
    return true;
}

bool write(QGraphicsScene &scene, Format format, QIODevice *device, QString *error)
{
    const QRectF source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12);
    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(device);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(Tr::tr("Steward map"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = Tr::tr("Cannot write the SVG: %1").arg(device->errorString());
            return false;
        }
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return true;
    }
    const double scale = std::min(2.0, MaxPngSide / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(device, "PNG")) {
        if (error)
            *error = Tr::tr("Cannot write the PNG: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool save(QGraphicsScene &scene, const QString &path, QString *error)
{
    Format format;
    if (!formatFor(path, &format)) {
        if (error)
            *error = Tr::tr("%1: the map is saved as .svg or .png.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // Into memory first: QSvgGenerator does not report a device's write errors.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(scene, format, &buffer, error)) {
        file.cancelWriting();
        return false;
    }
    if (file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace steward::mapexport
