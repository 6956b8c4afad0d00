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

  @Test
  void everyModelsPictureWasDrawnFromTheModelAsItIsNow() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Path model : PolicyModels.shippedModels()) {
      String id = model.getFileName().toString().replaceFirst("\\.bpmn$", "");
      Path picture = Path.of("docs", "images", id + ".svg");
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
    assertThat(stale).as("pictures out of date: run scripts/draw-models.sh and commit docs/images").isEmpty();
  }

  @Test
  void aChangedModelNoLongerMatchesItsPicture() throws IOException {
    Path model = PolicyModels.shippedModels().get(0);
    Path changed = Files.createTempFile("changed", ".bpmn");
    try {
      Files.writeString(changed, Files.readString(model).replace("name=\"", "name=\"Changed "));
      assertThat(modelHash(changed)).isNotEqualTo(modelHash(model));
    } finally {
      Files.delete(changed);
    }
  }
}
