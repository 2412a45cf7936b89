#pragma once

#include <QString>

class QGraphicsScene;
class QIODevice;

namespace steward {

/// Writes a map scene as SVG or PNG: to a device, or to a file through QSaveFile so
/// that a failed write leaves any existing file untouched.
namespace mapexport {

enum class Format
{
    Svg,
    Png
};

/// The format a file name asks for (.svg or .png); false if neither.
bool formatFor(const QString &path, Format *format);
bool write(QGraphicsScene &scene, Format format, QIODevice *device, QString *error);
bool save(QGraphicsScene &scene, const QString &path, QString *error);

} // namespace mapexport
} // namespace steward
