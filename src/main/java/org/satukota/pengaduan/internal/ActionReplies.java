package org.satukota.pengaduan.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the action handlers take an {@link ActionReply} bound to the request and the handler's model. */
@Configuration
class ActionReplies implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ActionReply.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			// The handler's default model (a BindingAwareModelMap, so a Model): what the page renders from.
			return new ActionReply(webRequest.getNativeRequest(HttpServletRequest.class),
					webRequest.getNativeResponse(HttpServletResponse.class), (Model) container.getModel());
		}
	}
}
