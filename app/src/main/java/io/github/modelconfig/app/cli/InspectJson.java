package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.LlamaFileType;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CLI: the JSON view of {@code modelconfig inspect}: per-file headers and totals. */
final class InspectJson {

  private InspectJson() {}

  static Map<String, Object> of(WeightsReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", format(report));
    root.put("files", report.files().stream().map(InspectJson::file).toList());
    root.put("indexes", report.indexes().stream().map(InspectJson::index).toList());
    root.put("total_parameters", report.totalParameters());
    root.put(
        "encoding", report.encodings().isEmpty() ? null : report.encodings().get(0).wireName());
    root.put("encodings", report.encodings().stream().map(SupportedEncoding::wireName).toList());
    root.put("warnings", report.warnings());
    return root;
  }

  static String format(WeightsReport report) {
    List<String> formats =
        report.files().stream().map(f -> f.format().wireName()).distinct().toList();
    return formats.isEmpty() ? "none" : formats.size() == 1 ? formats.get(0) : "mixed";
  }

  private static Map<String, Object> file(FileReport f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    m.put("format", f.format().wireName());
    m.put(
        "header_bytes",
        f.safetensors()
            .map(h -> h.headerBytes() + 8)
            .orElse(f.gguf().map(GgufMetadata::headerBytes))
            .getOrElse(0L));
    m.put(
        "tensor_count",
        f.safetensors()
            .map(SafetensorsHeader::tensorCount)
            .orElse(f.gguf().map(GgufMetadata::tensorCount))
            .getOrElse(0L));
    m.put(
        "parameters_by_dtype",
        f.safetensors()
            .map(h -> h.parametersByDtype())
            .orElse(f.gguf().map(GgufMetadata::parametersByType))
            .getOrElse(Map.of()));
    m.put("total_parameters", f.totalParameters());
    m.put("encoding", f.encoding().map(SupportedEncoding::wireName).getOrNull());
    f.gguf().forEach(g -> m.put("gguf", gguf(g)));
    return m;
  }

  private static Map<String, Object> gguf(GgufMetadata g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", g.version());
    m.put("architecture", g.architecture().getOrNull());
    m.put("file_type", g.fileType().flatMap(LlamaFileType::name).getOrNull());
    m.put("alignment", g.alignment());
    m.put("metadata", g.metadata());
    Map<String, Object> arrays = new LinkedHashMap<>();
    g.arrays()
        .forEach(
            (k, a) -> arrays.put(k, ResolvedJson.map("type", a.elementType(), "count", a.count())));
    m.put("arrays", arrays);
    return m;
  }

  private static Map<String, Object> index(SafetensorsIndex i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", i.path());
    m.put("total_size", i.totalSize().getOrNull());
    m.put("tensor_count", i.tensorCount());
    m.put("shards", i.shards());
    return m;
  }
}
