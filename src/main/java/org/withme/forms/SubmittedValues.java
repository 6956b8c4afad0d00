package org.withme.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a submitted value, however it was sent (a plain Java value from the Java API; a typed
 * value from the REST API or the Tasklist: untyped JSON, a Json or Object variable serialized as
 * JSON, Bytes, a File, XML, a Java-serialized object), as one of a few plain kinds, without
 * deserializing anything into a Java class: {@code null}, {@link String}, {@link BigDecimal},
 * {@link Boolean}, {@link Date}, a {@link List} or a {@link Map} of such values, or
 * {@link Unsupported} naming what it was. The rules then check only plain values.
 */
public final class SubmittedValues {

  /** A value no form field takes (bytes, a file, XML, a serialized Java object, a number that is not finite). */
  public record Unsupported(String what) {}

  /** Java types a list column or list value may name when sent as an Object variable in JSON. */
  static final Set<String> JSON_CONTAINER_TYPES = Set.of("java.util.ArrayList", "java.util.LinkedList",
      "java.util.List", "java.util.Collection", "java.util.LinkedHashMap", "java.util.HashMap", "java.util.Map",
      "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Boolean");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private SubmittedValues() {}

  /** The plain form of a submitted value. */
  public static Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      return typed(typed);
    }
    return javaValue(value);
  }

  private static Object typed(TypedValue typed) {
    ValueType type = typed.getType();
    if (typed instanceof FileValue || type == ValueType.FILE) {
      return new Unsupported("a file");
    }
    if (type == ValueType.BYTES) {
      return new Unsupported("bytes");
    }
    if (typed instanceof ObjectValue object) {
      if (object.isDeserialized()) {
        return javaValue(object.getValue());
      }
      if (!"application/json".equals(object.getSerializationDataFormat())
          || object.getObjectTypeName() != null && !JSON_CONTAINER_TYPES.contains(object.getObjectTypeName())) {
        return new Unsupported("a serialized object");
      }
      return json(object.getValueSerialized());
    }
    if (typed instanceof SerializableValue serializable && type != null && !type.isPrimitiveValueType()) {
      String name = type.getName();
      if ("json".equals(name)) {
        return serializable.isDeserialized() ? javaValue(serializable.getValue()) : json(serializable.getValueSerialized());
      }
      return new Unsupported("xml".equals(name) ? "XML" : "a serialized object");
    }
    return javaValue(typed.getValue());
  }

  private static Object javaValue(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Date) {
      return value;
    }
    if (value instanceof TypedValue typed) {
      return typed(typed);
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(value.toString()) : new Unsupported("a number that is not finite");
    }
    if (value instanceof Number n) {
      try {
        return new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        return new Unsupported("an unreadable number");
      }
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    if (value instanceof byte[]) {
      return new Unsupported("bytes");
    }
    if (value instanceof SpinJsonNode node) {
      return json(node.toString());
    }
    if (value instanceof JsonNode node) {
      return tree(node);
    }
    if (value instanceof Collection<?> c) {
      List<Object> list = new ArrayList<>(c.size());
      for (Object o : c) {
        list.add(javaValue(o));
      }
      return list;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> map = new LinkedHashMap<>();
      m.forEach((k, v) -> map.put(String.valueOf(k), javaValue(v)));
      return map;
    }
    return new Unsupported("a Java object");
  }

  static Object json(String serialized) {
    if (serialized == null) {
      return null;
    }
    try {
      return tree(JSON.readTree(serialized));
    } catch (Exception e) {
      return new Unsupported("JSON that cannot be read");
    }
  }

  private static Object tree(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.isDouble() && !Double.isFinite(node.doubleValue()) ? new Unsupported("a number that is not finite")
          : node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(e -> list.add(tree(e)));
      return list;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        map.put(e.getKey(), tree(e.getValue()));
      }
      return map;
    }
    return new Unsupported("bytes");
  }

  /** What kind of value it is, in plain words, for a message. */
  public static String kind(Object plain) {
    if (plain == null) {
      return "empty";
    }
    if (plain instanceof Unsupported u) {
      return u.what();
    }
    if (plain instanceof String) {
      return "text";
    }
    if (plain instanceof BigDecimal) {
      return "a number";
    }
    if (plain instanceof Boolean) {
      return "true or false";
    }
    if (plain instanceof Date) {
      return "a date";
    }
    if (plain instanceof List<?>) {
      return "a list";
    }
    return "a set of named values";
  }

  /** The number of characters a plain value holds, for the size limits. */
  public static long size(Object plain) {
    if (plain == null) {
      return 0;
    }
    if (plain instanceof String s) {
      return s.length();
    }
    if (plain instanceof List<?> list) {
      long n = 2;
      for (Object o : list) {
        n += size(o) + 1;
      }
      return n;
    }
    if (plain instanceof Map<?, ?> map) {
      long n = 2;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        n += String.valueOf(e.getKey()).length() + size(e.getValue()) + 2;
      }
      return n;
    }
    return plain.toString().length();
  }
}
