package org.protocoldesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second start on the same data folder asks the running app to show its window: the running one listens on a
 * loopback port (named in the folder's lock file) for the single word {@code show} and answers {@code shown}, so that
 * another program that has since taken the port is not mistaken for it.
 */
final class InstanceMessenger implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InstanceMessenger.class.getName());
    private static final String SHOW = "show";
    private static final String SHOWN = "shown";
    private static final int PATIENCE_MILLIS = 2_000;

    private final ServerSocket server;

    private InstanceMessenger(ServerSocket server) {
        this.server = server;
    }

    /** Listens for requests; {@code onShow} runs on the listening thread. */
    static InstanceMessenger listen(Runnable onShow) {
        try {
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            Thread listener = new Thread(() -> serve(server, onShow), "pd-instance-messages");
            listener.setDaemon(true);
            listener.start();
            return new InstanceMessenger(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for a second start", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Asks the app listening on {@code port} to show its window; false when none answered. */
    static boolean askToShow(OptionalInt port) {
        if (port.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.getAsInt()), PATIENCE_MILLIS);
            socket.setSoTimeout(PATIENCE_MILLIS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(SHOW + "\n");
            out.flush();
            return SHOWN.equals(reader(socket).readLine());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the listener for a second start", e);
        }
    }

    private static void serve(ServerSocket server, Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(PATIENCE_MILLIS);
                // A request that raced close() is still accepted from the backlog: it is not answered.
                if (SHOW.equals(reader(client).readLine()) && !server.isClosed()) {
                    onShow.run();
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                    out.write(SHOWN + "\n");
                    out.flush();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "A second start's message could not be read", e);
                }
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }
}
