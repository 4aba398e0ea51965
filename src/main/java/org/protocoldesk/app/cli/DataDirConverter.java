package org.protocoldesk.app.cli;

import java.nio.file.Path;
import org.protocoldesk.app.DataDirectory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An empty {@code --data-dir} would silently mean the current folder: refuse it instead. */
final class DataDirConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("--data-dir needs a folder");
        }
        try {
            return DataDirectory.path(value, "--data-dir");
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
