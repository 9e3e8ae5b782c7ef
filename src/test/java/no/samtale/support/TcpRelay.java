package no.samtale.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fixed local address that forwards to another, and can be closed and opened again: a service that is away and
 * comes back on the same address. Opened, it accepts and pipes bytes both ways; closed, nothing listens (a
 * connection is refused) and the connections it carried are cut. The port is chosen when it is made.
 */
public final class TcpRelay implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> carried = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpRelay(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	/** Starts listening on the port and forwarding what arrives; no-op when it listens already. */
	public synchronized void open() throws IOException {
		if (server != null) {
			return;
		}
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		server = listening;
		daemon("relay-accept-" + port, () -> accept(listening));
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(targetHost, targetPort);
				carried.add(client);
				carried.add(target);
				pipe(client, target);
				pipe(target, client);
			}
			catch (IOException closed) {
				// Closed while accepting, or the target refused: the client's connection just ends.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		daemon("relay-pipe-" + port, () -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException cut) {
				// One side went: close both below.
			}
			finally {
				quietly(from);
				quietly(to);
			}
		});
	}

	/** Stops listening and cuts every connection it carried. */
	@Override
	public synchronized void close() {
		if (server != null) {
			quietly(server);
			server = null;
		}
		carried.forEach(TcpRelay::quietly);
		carried.clear();
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void quietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// Already closed.
		}
	}

}
