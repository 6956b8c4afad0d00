package org.withme.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model has its picture in docs/images, drawn from the model as it is now: the picture
 * records the SHA-256 of the model it was drawn from (scripts/draw-models.sh), so CI needs no
 * browser to notice a model changed without its picture.
 */
class ModelPicturesTest {

  private static final Pattern STAMP = Pattern.compile("model sha256: ([0-9a-f]{64})");

  /** SHA-256 of the model with LF line ends, as scripts/draw-models.cjs computes it. */
  static String modelHash(Path model) throws IOException {
    String xml = Files.readString(model, StandardCharsets.UTF_8).replace("\r\n", "\n");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What is wrong with the pictures in {@code images} of these models: one line per missing or stale picture. */
  static List<String> stalePictures(List<Path> models, Path images) throws IOException {
    List<String> stale = new ArrayList<>();
    for (Path model : models) {
      String id = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
      Path picture = images.resolve(id + ".svg");
      if (!Files.exists(picture)) {
        stale.add(picture + " is missing");
        continue;
      }
      Matcher stamp = STAMP.matcher(Files.readString(picture, StandardCharsets.UTF_8));
      if (!stamp.find()) {
        stale.add(picture + " records no model hash");
      } else if (!stamp.group(1).equals(modelHash(model))) {
        stale.add(picture + " was drawn from an older " + model);
      }
    }
    return stale;
  }

  @Test
  void everyModelsPictureWasDrawnFromTheModelAsItIsNow() throws IOException {
    List<Path> models = PolicyModels.shippedModels();
    assertThat(models).isNotEmpty();
    assertThat(stalePictures(models, Path.of("docs", "images")))
        .as("pictures out of date: run scripts/draw-models.sh and commit docs/images").isEmpty();
  }

  /** The check itself refuses: a copy of a shipped model, changed by one name, no longer matches its picture. */
  @Test
  void aChangedModelIsRefusedAsHavingAStalePicture(@TempDir Path dir) throws IOException {
    Path model = PolicyModels.shippedModels().get(0);
    Path changed = dir.resolve(model.getFileName());
    String xml = Files.readString(model, StandardCharsets.UTF_8);
    Files.writeString(changed, xml.replaceFirst("name=\"", "name=\"Changed "), StandardCharsets.UTF_8);
    assertThat(stalePictures(List.of(model), Path.of("docs", "images"))).isEmpty();
    assertThat(stalePictures(List.of(changed), Path.of("docs", "images")))
        .containsExactly(Path.of("docs", "images", model.getFileName().toString().replaceFirst("\\.bpmn$", ".svg"))
            + " was drawn from an older " + changed);
    // and a model without any picture
    Path unknown = dir.resolve("no-such-model.bpmn");
    Files.writeString(unknown, xml, StandardCharsets.UTF_8);
    assertThat(stalePictures(List.of(unknown), Path.of("docs", "images")))
        .containsExactly(Path.of("docs", "images", "no-such-model.svg") + " is missing");
  }
}
