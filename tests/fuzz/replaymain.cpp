// Runs the fuzz harness over files and folders given on the command line: the seed corpus and
// every input a fuzzing run ever found, replayed by ctest in the normal and sanitizer builds.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot open %s\n", qPrintable(path));
        std::exit(2);
    }
    const QByteArray data = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                           size_t(data.size()));
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort(); // same order every run, so a failure names the same file
            for (const QString &f : files) {
                replay(f);
                ++count;
            }
        } else {
            replay(arg);
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "replay: no input files\n");
        return 2;
    }
    std::printf("replayed %d inputs through reader, validator, writer and every exporter\n", count);
    return 0;
}
