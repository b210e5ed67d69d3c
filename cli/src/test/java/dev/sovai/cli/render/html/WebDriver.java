package dev.sovai.cli.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal client of chromedriver's W3C WebDriver HTTP protocol (java.base only): start a headless Chromium that
 * makes no network connection, load a page, run a script that returns a string, read the browser's console log,
 * take a screenshot.
 */
final class WebDriver implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Process driver;
  private final String base;
  private final String session;
  private final Path profile;

  private WebDriver(Process driver, String base, String session, Path profile) {
    this.driver = driver;
    this.base = base;
    this.session = session;
    this.profile = profile;
  }

  /** @return true if Debian's chromium and chromium-driver are installed */
  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static WebDriver start(int width, int height) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path profile = Files.createTempDirectory("sovai-chromium-");
    Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String base = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        if (call("GET", base + "/status", null).contains("\"ready\":true")) {
          break;
        }
      } catch (IOException notYet) {
        // the driver is still starting
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IOException("chromedriver did not start on port " + port);
      }
      Thread.sleep(100);
    }
    String args = String.join(",", List.of("\"--headless\"", "\"--no-sandbox\"", "\"--disable-gpu\"",
        "\"--disable-quic\"", "\"--no-first-run\"", "\"--disable-background-networking\"",
        "\"--disable-component-update\"", "\"--disable-sync\"", "\"--disable-dev-shm-usage\"",
        "\"--window-size=" + width + "," + height + "\"", "\"--user-data-dir=" + profile + "\""));
    String caps = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\""
        + CHROMIUM + "\",\"args\":[" + args + "]},\"goog:loggingPrefs\":{\"browser\":\"ALL\"}}}}";
    String created;
    try {
      created = call("POST", base + "/session", caps);
    } catch (IOException e) {
      p.destroyForcibly();
      throw e;
    }
    Matcher m = Pattern.compile("\"sessionId\":\"([^\"]+)\"").matcher(created);
    if (!m.find()) {
      p.destroyForcibly();
      throw new IOException("no session: " + created);
    }
    return new WebDriver(p, base, m.group(1), profile);
  }

  void open(Path file) throws IOException {
    call("POST", url("/url"), "{\"url\":\"" + file.toUri() + "\"}");
  }

  /** Runs a script whose result is a string, and returns it. */
  String script(String body) throws IOException {
    String r = call("POST", url("/execute/sync"), "{\"script\":" + quote(body) + ",\"args\":[]}");
    return stringValue(r);
  }

  /** @return the browser console's entries at level SEVERE, as their messages */
  List<String> severeLog() throws IOException {
    String r = call("POST", url("/se/log"), "{\"type\":\"browser\"}");
    List<String> severe = new ArrayList<>();
    Matcher m = Pattern.compile("\\{[^{}]*\"level\":\"SEVERE\"[^{}]*\\}").matcher(r);
    while (m.find()) {
      severe.add(m.group());
    }
    return severe;
  }

  void screenshot(Path png) throws IOException {
    String r = call("GET", url("/screenshot"), null);
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(stringValue(r)));
  }

  void resize(int width, int height) throws IOException {
    call("POST", url("/window/rect"), "{\"width\":" + width + ",\"height\":" + height + "}");
  }

  private String url(String path) {
    return base + "/session/" + session + path;
  }

  @Override
  public void close() throws IOException {
    try {
      call("DELETE", base + "/session/" + session, null);
    } finally {
      driver.destroy();
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static String call(String method, String url, String body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(60_000);
    if (body != null) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
      try (OutputStream out = c.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int code = c.getResponseCode();
    try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (code >= 400) {
        throw new IOException(method + " " + url + ": HTTP " + code + ": " + text);
      }
      return text;
    }
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
      }
    }
    return b.append('"').toString();
  }

  /** The string of a response {@code {"value": "..."}}, unescaped. */
  static String stringValue(String response) throws IOException {
    int i = response.indexOf("\"value\":");
    if (i < 0) {
      throw new IOException("no value: " + response);
    }
    i += 8;
    while (Character.isWhitespace(response.charAt(i))) {
      i++;
    }
    if (response.charAt(i) != '"') {
      throw new IOException("the value is not a string: " + response.substring(0, Math.min(500, response.length())));
    }
    StringBuilder b = new StringBuilder();
    for (i++; response.charAt(i) != '"'; i++) {
      char ch = response.charAt(i);
      if (ch == '\\') {
        char e = response.charAt(++i);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'r': b.append('\r'); break;
          case 'b': b.append('\b'); break;
          case 'f': b.append('\f'); break;
          case 'u': b.append((char) Integer.parseInt(response.substring(i + 1, i + 5), 16)); i += 4; break;
          default: b.append(e);
        }
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
