// steward-render-icon SVG SIZE OUT.png: the application icon at one size, for the
// desktops' hicolor theme (the build makes each size from resources/icons/steward.svg,
// so the SVG stays the one source). It paints into an image: no display, no
// QGuiApplication (the icon has no text, so no fonts).

#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: steward-render-icon SVG SIZE OUT.png\n");
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    bool number = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&number);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || !number || size < 1 || size > 4096) {
        std::fprintf(stderr, "steward-render-icon: cannot render %s at %s\n", argv[1], argv[2]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QSaveFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        std::fprintf(stderr, "steward-render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
