package dev.walletplatform.testsupport.contract;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bytes of a request's body, read by subscribing to its publisher a second time: the JDK's
 * publishers (ofString, ofByteArray, ofInputStream with a supplier, noBody) replay their content to
 * every subscriber, so the body the contract checks is the body that was sent.
 */
final class PublishedBody implements Flow.Subscriber<ByteBuffer> {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> done = new CompletableFuture<>();

  private PublishedBody() {}

  static byte[] bytesOf(HttpRequest request) {
    if (request.bodyPublisher().isEmpty()) {
      return new byte[0];
    }
    PublishedBody body = new PublishedBody();
    request.bodyPublisher().get().subscribe(body);
    try {
      return body.done.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "could not read the body of "
              + request.method()
              + " "
              + request.uri()
              + " again: only replayable publishers can be checked against the contract",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading a request body", e);
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(ByteBuffer item) {
    byte[] chunk = new byte[item.remaining()];
    item.get(chunk);
    bytes.writeBytes(chunk);
  }

  @Override
  public void onError(Throwable failure) {
    done.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    done.complete(bytes.toByteArray());
  }
}
