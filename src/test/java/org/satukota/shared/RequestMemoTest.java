package org.satukota.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestMemoTest {

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void leaveRequest() {
		RequestContextHolder.resetRequestAttributes();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void withinOneRequestTheValueIsLoadedOnce() {
		inRequest();

		assertThat(RequestMemo.get("k", this::load)).isEqualTo(1);
		assertThat(RequestMemo.get("k", this::load)).isEqualTo(1);
		assertThat(loads).hasValue(1);
	}

	@Test
	void eachRequestLoadsAfresh() {
		inRequest();
		RequestMemo.get("k", this::load);
		inRequest();

		assertThat(RequestMemo.get("k", this::load)).isEqualTo(2);
	}

	@Test
	void outsideARequestEveryCallLoads() {
		RequestMemo.get("k", this::load);
		RequestMemo.get("k", this::load);

		assertThat(loads).hasValue(2);
	}

	@Test
	void aChangeDropsTheValueAtOnceAndAgainWhenItsTransactionEnds() {
		inRequest();
		TransactionSynchronizationManager.initSynchronization();
		RequestMemo.get("k", this::load);

		RequestMemo.forget("k");
		assertThat(RequestMemo.get("k", this::load)).as("the request sees its own change").isEqualTo(2);
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
		}

		assertThat(RequestMemo.get("k", this::load)).as("nothing of a rolled-back change is kept").isEqualTo(3);
	}

	private int load() {
		return loads.incrementAndGet();
	}

	private static void inRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}
}
